using Bunit;
using LabFlow.Activities.Tasks;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace LabFlow.Host.Tests.Components.Tasks;

/// <summary>Handing a task over on the task page with the person picker, and the picker in a form's Person field.</summary>
public sealed class TaskPageDelegateTests : TaskPageTestContext
{
    private const string OwnerForm = """
        [ { "key": "owner", "type": "Person", "label": { "sv": "Ägare", "en": "Owner" }, "role": "Coordinator" } ]
        """;

    [Fact]
    public async Task Delegate_GivesTheTaskToThePersonChosenWithTheKeyboard_WhenTheAssigneeHandsItOver()
    {
        // Arrange
        var task = await AddTaskAsync();
        var page = RenderAs(Coordinator1, task.Id);

        // Act: type, move down from the first match to the second, choose with Enter, send.
        await page.Find("#delegate-to").InputAsync(new ChangeEventArgs { Value = "samordnare" });
        var offered = page.FindAll("#delegate-to-options [role=option]").Select(o => o.TextContent.Trim()).ToList();
        await page.Find("#delegate-to").KeyDownAsync(new KeyboardEventArgs { Key = "Enter" });
        await page.Find("#delegate-form").SubmitAsync();

        // Assert: the assignee is not offered to themself; the domain moved the task.
        Assert.Equal(["Lo Samordnare lo@example.se"], offered.Select(o => string.Join(' ', o.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))));
        Assert.Equal("Uppgiften är nu Lo Samordnares.", page.Find("#task-notice").TextContent.Trim());
        Assert.Equal(Coordinator2.Id, (await TaskStore.FindAsync(task.Id, Token))!.AssigneeId);
    }

    [Fact]
    public async Task Delegate_AsksForAPerson_WhenNoneWasChosen()
    {
        // Arrange
        var task = await AddTaskAsync();
        var page = RenderAs(Coordinator1, task.Id);

        // Act
        await page.Find("#delegate-form").SubmitAsync();

        // Assert
        Assert.Contains("Välj vem som ska ta över", page.Find("#delegate-to-error").TextContent, StringComparison.Ordinal);
        Assert.Equal("true", page.Find("#delegate-to").GetAttribute("aria-invalid"));
        Assert.Equal(Coordinator1.Id, (await TaskStore.FindAsync(task.Id, Token))!.AssigneeId);
    }

    [Fact]
    public async Task Delegate_IsNotOffered_WhenTheViewerIsNotTheAssignee()
    {
        // Arrange
        var task = await AddTaskAsync(informed: [Coordinator2.Id]);

        // Act
        var page = RenderAs(Coordinator2, task.Id);

        // Assert
        Assert.Empty(page.FindAll("#delegate-form"));
    }

    [Fact]
    public async Task PersonField_OffersOnlyThePeopleOfItsRole_WhenANameIsTyped()
    {
        // Arrange
        var task = await AddTaskAsync(OwnerForm);
        var page = RenderAs(Coordinator1, task.Id);

        // Act
        await page.Find("#field-owner").InputAsync(new ChangeEventArgs { Value = "a" });
        var offered = page.FindAll("#field-owner-options [role=option]").Count;
        await page.Find("#field-owner").KeyDownAsync(new KeyboardEventArgs { Key = "ArrowDown" });
        var active = page.Find("#field-owner").GetAttribute("aria-activedescendant");
        await page.Find("#field-owner").InputAsync(new ChangeEventArgs { Value = "ola" });

        // Assert: Kim and Lo are coordinators here; Ola Annan belongs to another administration.
        Assert.Equal(2, offered);
        Assert.Equal("field-owner-option-1", active);
        Assert.Empty(page.FindAll("#field-owner-options [role=option]"));
        Assert.StartsWith("Ingen träff", page.Find("#field-owner-status").TextContent, StringComparison.Ordinal);
    }
}
