using LabFlow.Activities.Labs;
using LabFlow.Activities.Organisation;
using LabFlow.Activities.Tasks;
using LabFlow.Host.Components.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace LabFlow.Host.Components.Pages.Labs.Panels;

/// <summary>
/// One of the lab page's management forms: it keeps its own input and field errors, calls the lab's services itself
/// and reports the outcome to the page (<see cref="OnDone"/>), which shows the notice, closes the form on success and
/// reloads the lab. The page gives each opened form a fresh instance, so its heading takes the focus when it opens.
/// </summary>
public abstract class LabActionPanel : OwningComponentBase
{
    [Parameter]
    [EditorRequired]
    public Guid LabId { get; set; }

    /// <summary>The signed-in person, who does the action.</summary>
    [Parameter]
    [EditorRequired]
    public Guid Me { get; set; }

    [Parameter]
    public bool CanManage { get; set; }

    [Parameter]
    public EventCallback<LabNotice> OnDone { get; set; }

    [Parameter]
    public EventCallback OnClose { get; set; }

    protected FormErrors Errors { get; set; } = new();

    protected bool Busy { get; private set; }

    protected ElementReference Heading { get; set; }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender)
        {
            await Heading.FocusAsync();
        }
    }

    protected string? Invalid(string fieldId) => Errors.Has(fieldId) ? "true" : null;

    /// <summary>The page's check of a free text before the domain is asked (the domain checks the same limit again).</summary>
    protected bool RequireText(string fieldId, string? value, int max, string required)
    {
        if (string.IsNullOrEmpty(value))
        {
            Errors.Add(fieldId, required);
            return false;
        }

        if (value.Length > max)
        {
            Errors.Add(fieldId, LabManageTexts.TooLong(max));
            return false;
        }

        return true;
    }

    protected Task RunAsync(Func<LabService, TaskService, Task> action, string success, string? alreadyDone = null) =>
        RunAsync(action, () => success, alreadyDone);

    /// <summary>Runs a command whose service checks every right itself and refuses in the catalogue's words (<see cref="LabActionRunner"/>).</summary>
    protected Task RunCheckedByServiceAsync(Func<LabService, TaskService, Task> action, string success) =>
        RunAsync(action, () => success, alreadyDone: null, serviceRefuses: true);

    /// <summary>People the signed-in manager may choose for this lab, as the person picker searches them (<see cref="LabPeopleChoices"/>).</summary>
    protected Task<IReadOnlyList<Person>> SearchPeopleAsync(string search, CancellationToken cancellationToken) =>
        ScopedServices.GetRequiredService<LabPeopleChoices>().SearchForLabAsync(LabId, Me, search, cancellationToken);

    protected async Task RunAsync(Func<LabService, TaskService, Task> action, Func<string> success, string? alreadyDone = null, bool serviceRefuses = false)
    {
        if (Busy)
        {
            return;
        }

        Busy = true;
        LabNotice notice;
        try
        {
            notice = await LabActionRunner.RunAsync(ScopedServices, CanManage, action, success, alreadyDone, serviceRefuses);
        }
        finally
        {
            Busy = false;
        }

        await OnDone.InvokeAsync(notice);
    }
}
