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

    /// <summary>Whether the signed-in person manages the lab, as the page read it (the services check it again on every command).</summary>
    [Parameter]
    public bool CanManage { get; set; }

    /// <summary>What the lab's flow runs (a lab, a conference …), so the form calls it by its own name.</summary>
    [Parameter]
    public Workflows.Definitions.FlowKind Kind { get; set; }

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

    protected Task RunAsync(Func<LabService, TaskService, Task> action, string success, string? alreadyDone = null, IReadOnlyDictionary<string, string>? fields = null) =>
        RunAsync(action, () => success, alreadyDone, fields);

    /// <summary>People the signed-in manager may choose for this lab, as the person picker searches them (<see cref="LabPeopleChoices"/>).</summary>
    protected Task<IReadOnlyList<Person>> SearchPeopleAsync(string search, CancellationToken cancellationToken) =>
        ScopedServices.GetRequiredService<LabPeopleChoices>().SearchForLabAsync(LabId, Me, search, cancellationToken);

    /// <param name="fields">
    /// The service's field names → this form's input ids: a refusal of those fields shows at the inputs, in the
    /// catalogue's words, and the form stays open; anything else becomes the page's notice.
    /// </param>
    protected async Task RunAsync(Func<LabService, TaskService, Task> action, Func<string> success, string? alreadyDone = null, IReadOnlyDictionary<string, string>? fields = null)
    {
        if (Busy)
        {
            return;
        }

        Busy = true;
        Errors = new FormErrors();
        LabNotice? notice;
        try
        {
            notice = await LabActionRunner.RunAsync(
                ScopedServices, action, success, alreadyDone, refusal => fields is not null && RefusalErrors.AddTo(Errors, refusal, fields));
        }
        finally
        {
            Busy = false;
        }

        if (notice is not null)
        {
            await OnDone.InvokeAsync(notice);
        }
    }
}
