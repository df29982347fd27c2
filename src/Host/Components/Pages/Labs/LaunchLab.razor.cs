using System.Globalization;
using System.Security.Claims;
using LabFlow.Activities.Forms;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Messages;
using LabFlow.Activities.Organisation;
using LabFlow.Activities.Register;
using LabFlow.Host.Authorization;
using LabFlow.Host.Components.Shared;
using LabFlow.Workflows.Execution;
using LabFlow.Workflows.Persistence;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;

namespace LabFlow.Host.Components.Pages.Labs;

/// <summary>
/// <c>/labs/new</c>: a facilitator launches a lab from a published flow. Only the administrations where
/// <see cref="LabAccess.CanLaunchAsync"/> lets the caller launch are offered, and <see cref="LabService.LaunchAsync"/>
/// checks again, as <c>POST /api/v1/labs</c> does. The page checks the same fields as the API before launching, so
/// every field's error shows at once in the page's language.
/// </summary>
public sealed partial class LaunchLab
{
    /// <summary>The API's limits (LabsApi).</summary>
    private const int MaxTitleLength = LabLimits.TitleLength;
    private const int MaxChallengeLength = LabLimits.ChallengeLength;

    private const string FlowField = "flow";
    private const string AdministrationField = "administration";
    private const string TitleField = "title";
    private const string ChallengeField = "challenge";
    private const string StartDateField = "start-date";
    private const string ChallengeHintId = "challenge-hint";
    private const string StartDateHintId = "start-date-hint";

    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");

    private bool _loaded;
    private bool _busy;
    private Guid _me;
    private EditContext _editContext = default!;
    private FormErrors _errors = new();
    private List<Administration> _administrations = [];
    private List<StoredWorkflowDefinition> _flows = [];
    private List<Person> _people = [];
    private IReadOnlyList<Role> _roles = [];
    private DateOnly? _earliestStart;
    private List<(string Id, string Title)> _workshops = [];

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    /// <summary>Preselects an administration: <c>/labs/new?administration=grundskoleforvaltningen</c>.</summary>
    [SupplyParameterFromQuery(Name = "administration")]
    public string? Administration { get; set; }

    private LaunchLabInput Input { get; } = new();

    private static IReadOnlyList<FormOption> TargetAreaOptions => FormPresets.EqualityTargetAreaOptions;

    private string CurrentPage => "/" + Navigation.ToBaseRelativePath(Navigation.Uri).Split('#')[0];

    private static string PeopleField(Role role) => $"people-{role.ToString().ToLowerInvariant()}";

    protected override async Task OnInitializedAsync()
    {
        _editContext = new EditContext(Input);
        _errors = new FormErrors(_editContext);
        var user = AuthenticationState is null ? new ClaimsPrincipal() : (await AuthenticationState).User;
        try
        {
            _me = user.PersonId();
        }
        catch (WorkflowException)
        {
            _loaded = true;
            return;
        }

        var access = ScopedServices.GetRequiredService<LabAccess>();
        foreach (var administration in await ScopedServices.GetRequiredService<IDirectory>().ListAdministrationsAsync(CancellationToken.None))
        {
            if (await access.CanLaunchAsync(_me, administration.Id, CancellationToken.None))
            {
                _administrations.Add(administration);
            }
        }

        _administrations.Sort((a, b) => string.Compare(a.Name, b.Name, Swedish, CompareOptions.IgnoreCase));
        _flows = [.. (await ScopedServices.GetRequiredService<IWorkflowDefinitionStore>().ListLatestAsync(CancellationToken.None))
            .Where(f => !f.IsRetracted)
            .OrderBy(f => f.Definition.Name.Get(), StringComparer.Create(Swedish, ignoreCase: true))];
        if (_flows.Count == 1)
        {
            Input.FlowId = _flows[0].Definition.Id;
            await FlowChangedAsync();
        }

        Input.AdministrationId = _administrations.Find(a => a.Id == Administration)?.Id
            ?? (_administrations.Count == 1 ? _administrations[0].Id : null);
        await AdministrationChangedAsync();
        _loaded = true;
    }

    /// <summary>The chosen flow's roles, and its earliest start date (the rule lives in <see cref="LabService.EarliestStartAsync"/>).</summary>
    private async Task FlowChangedAsync()
    {
        var flow = _flows.Find(f => f.Definition.Id == Input.FlowId)?.Definition;
        _roles = flow is null ? [] : FlowRoles.Of(flow);
        _workshops = flow is null ? [] : [.. ParticipantRegisterService.WorkshopSteps(flow).Select(a => (a.Id, ParticipantRegisterService.Title(a).Get()))];
        foreach (var (id, _) in _workshops)
        {
            Input.Workshops.TryAdd(id, new LaunchWorkshopInput());
        }

        _earliestStart = flow is null
            ? null
            : await ScopedServices.GetRequiredService<LabService>().EarliestStartAsync(flow.Id, flow.Version, CancellationToken.None);
    }

    /// <summary>The people offered are the administration's active members; the launching facilitator is one of the lab's facilitators unless unticked.</summary>
    private async Task AdministrationChangedAsync()
    {
        _people = [];
        if (string.IsNullOrEmpty(Input.AdministrationId))
        {
            return;
        }

        // One query for the administration's active members: who stays chosen, and whether anyone can be chosen at all.
        var directory = ScopedServices.GetRequiredService<IDirectory>();
        _people = [.. (await directory.SearchPeopleAsync(new PeopleQuery(AdministrationId: Input.AdministrationId), limit: null, CancellationToken.None))
            .Select(s => s.Person)];
        var ids = _people.Select(p => p.Id).ToHashSet();
        foreach (var role in Input.People.Keys.ToList())
        {
            Input.People[role] = [.. Input.People[role].Where(p => ids.Contains(p.Id))];
        }

        if (_people.Find(p => p.Id == _me) is { } me && Input.People.Values.All(p => p.Count == 0))
        {
            Input.People[Role.Facilitator] = [me];
        }
    }

    private void ToggleArea(string value, bool chosen)
    {
        if (chosen)
        {
            Input.TargetAreas.Add(value);
        }
        else
        {
            Input.TargetAreas.Remove(value);
        }
    }

    private async Task LaunchAsync()
    {
        if (_busy)
        {
            return;
        }

        // A new context drops the previous attempt's messages, so a fixed field is no longer marked invalid.
        _editContext = new EditContext(Input);
        _errors = new FormErrors(_editContext);
        Validate();
        if (_errors.Any)
        {
            return;
        }

        _busy = true;
        try
        {
            // Only the chosen flow's roles: someone chosen for a role of a flow chosen before is not sent.
            var people = Input.People
                .Where(p => _roles.Contains(p.Key))
                .OrderBy(p => p.Key)
                .SelectMany(p => p.Value.Select(person => new LabMember(person.Id, p.Key)))
                .ToList();
            var lab = await ScopedServices.GetRequiredService<LabService>().LaunchAsync(
                new LaunchLabRequest(
                    Input.FlowId!,
                    Input.Title!.Trim(),
                    Input.AdministrationId!,
                    Input.Challenge!.Trim(),
                    Input.StartDate!.Value,
                    people,
                    [.. TargetAreaOptions.Select(o => o.Value).Where(Input.TargetAreas.Contains)],
                    Workshops: _workshops.ToDictionary(
                        w => w.Id,
                        w => Schedule(Input.Workshops[w.Id]),
                        StringComparer.Ordinal)),
                _me,
                CancellationToken.None);
            Navigation.NavigateTo($"/labs/{lab.Id}");
        }
        catch (LabDomainException exception) when (exception.Fields?.Keys.Any(k => k.StartsWith(WorkshopFieldPrefix, StringComparison.Ordinal)) == true)
        {
            // The service names a workshop's part as workshops.{step}.{part}: the message goes next to that input.
            foreach (var (field, messages) in exception.Fields!)
            {
                _errors.Add(WorkshopFieldId(field), string.Join(" ", messages.Select(m => m.In(UiText.Language))));
            }
        }
        catch (LabDomainException exception)
        {
            _errors.Add(exception.Code == LabErrors.Forbidden ? AdministrationField : string.Empty,
                exception.Code == LabErrors.Forbidden
                    ? LabManageTexts.AdministrationNotAllowed
                    : $"{LabManageTexts.LaunchFailed} {string.Join(" ", (exception.Fields?.Values.SelectMany(m => m) ?? [exception.Text]).Select(m => m.In(UiText.Language)))}",
                exception.Code == LabErrors.Forbidden ? nameof(LaunchLabInput.AdministrationId) : null);
        }
        catch (WorkflowException exception) when (exception.Code is "definition_not_found" or "definition_retracted")
        {
            _errors.Add(FlowField, LabManageTexts.FlowMissing, nameof(LaunchLabInput.FlowId));
        }
        catch (WorkflowException exception) when (exception.Code == "latest_version_changed")
        {
            // Lost the race with publications every time it ran again: nothing was saved, so the form can be sent again.
            _errors.Add(string.Empty, EngineMessages.Describe(exception.Code, exception.Message, UiText.Language), null);
        }
        finally
        {
            _busy = false;
        }
    }

    /// <summary>The checks <c>POST /api/v1/labs</c> makes before it calls the lab domain, with messages for people.</summary>
    private void Validate()
    {
        if (string.IsNullOrEmpty(Input.FlowId) || _flows.TrueForAll(f => f.Definition.Id != Input.FlowId))
        {
            _errors.Add(FlowField, LabManageTexts.FlowRequired, nameof(LaunchLabInput.FlowId));
        }

        if (string.IsNullOrEmpty(Input.AdministrationId))
        {
            _errors.Add(AdministrationField, LabManageTexts.AdministrationRequired, nameof(LaunchLabInput.AdministrationId));
        }
        else if (_administrations.TrueForAll(a => a.Id != Input.AdministrationId))
        {
            _errors.Add(AdministrationField, LabManageTexts.AdministrationNotAllowed, nameof(LaunchLabInput.AdministrationId));
        }

        CheckText(TitleField, nameof(LaunchLabInput.Title), Input.Title, MaxTitleLength, LabManageTexts.TitleRequired);
        CheckText(ChallengeField, nameof(LaunchLabInput.Challenge), Input.Challenge, MaxChallengeLength, LabManageTexts.ChallengeRequired);
        if (Input.StartDate is null)
        {
            _errors.Add(StartDateField, LabManageTexts.StartDateRequired, nameof(LaunchLabInput.StartDate));
        }
    }

    private const string WorkshopFieldPrefix = "workshops.";

    /// <summary>The input of a workshop's part the service's field path names; the form's summary for any other path.</summary>
    private static string WorkshopFieldId(string field)
    {
        if (!field.StartsWith(WorkshopFieldPrefix, StringComparison.Ordinal))
        {
            return string.Empty;
        }

        var parts = field[WorkshopFieldPrefix.Length..].Split('.');
        var part = parts.Length > 1 ? parts[^1] switch { "meetingLink" => "link", "location" => "location", "date" => "date", _ => "time" } : "date";
        return WorkshopInputId(parts[0], part);
    }

    private static WorkshopScheduleInput Schedule(LaunchWorkshopInput plan) => new(plan.Date, plan.StartTime, null, plan.Location, plan.MeetingLink);

    private static string WorkshopInputId(string activityId, string part) => $"workshop-{activityId}-{part}";

    private void CheckText(string fieldId, string property, string? value, int max, string required)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            _errors.Add(fieldId, required, property);
        }
        else if (value.Trim().Length > max)
        {
            _errors.Add(fieldId, LabManageTexts.TooLong(max), property);
        }
    }
}
