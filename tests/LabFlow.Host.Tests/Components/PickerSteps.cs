using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace LabFlow.Host.Tests.Components;

/// <summary>What a keyboard user does with a person picker: type part of a name or email, then Enter on the first match.</summary>
internal static class PickerSteps
{
    public static async Task ChooseAsync<TComponent>(this IRenderedComponent<TComponent> page, string pickerId, string search)
        where TComponent : IComponent
    {
        await page.Find($"#{pickerId}").InputAsync(new ChangeEventArgs { Value = search });
        await page.Find($"#{pickerId}").KeyDownAsync(new KeyboardEventArgs { Key = "Enter" });
    }
}
