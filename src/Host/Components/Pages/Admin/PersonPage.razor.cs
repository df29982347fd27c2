using LabFlow.Activities.Organisation;
using LabFlow.Host.Authorization;
using LabFlow.Host.Components.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace LabFlow.Host.Components.Pages.Admin;

/// <summary>
/// One person for an administrator: their details, their roles in administrations, and deactivation (naming who
/// takes over their open tasks, as the API requires) or reactivation; when the mail server refused their address,
/// a warning and sending the refused emails again.
/// </summary>
public sealed partial class PersonPage
{
    private bool _loaded;
    private PersonSummary? _person;
    private IReadOnlyList<Administration> _administrations = [];
    private int _openTasks;
    private PersonForm _details = new();
    private MembershipForm _newMembership = new();
    private FormErrors _detailsErrors = new();
    private FormErrors _membershipErrors = new();
    private FormErrors _deactivateErrors = new();
    private Person? _successor;
    private string? _note;
    private bool _confirming;
    private bool _busy;
    private string? _notice;
    private string? _emailNotice;

    [Parameter]
    public Guid PersonId { get; set; }

    [SupplyParameterFromQuery(Name = "invited")]
    public bool Invited { get; set; }

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    private PeopleAdministration People => ActivatorUtilities.GetServiceOrCreateInstance<PeopleAdministration>(ScopedServices);

    private string PagePath => $"admin/people/{PersonId}";

    private string? SuccessorName => _successor?.Name;

    protected override async Task OnParametersSetAsync()
    {
        _administrations = await People.ListAdministrationsAsync(CancellationToken.None);
        await LoadAsync();
        if (Invited && _person is { } invited)
        {
            _notice = AdminTexts.Invited(invited.Person.Name, invited.Person.Email);
        }

        _loaded = true;
    }

    private async Task LoadAsync()
    {
        _person = await People.FindAsync(await CallerAsync(), PersonId, CancellationToken.None);
        if (_person is { } person)
        {
            _details = new PersonForm { Name = person.Person.Name, Email = person.Person.Email, Culture = person.Person.Culture };
            _openTasks = await People.CountOpenTasksAsync(await CallerAsync(), PersonId, CancellationToken.None);
        }
    }

    /// <summary>Whom the successor picker offers: the active people an administrator may name (<see cref="PeopleService"/> decides).</summary>
    private async Task<IReadOnlyList<Person>> SearchSuccessorsAsync(string search, CancellationToken cancellationToken) =>
        await People.SearchSuccessorsAsync(await CallerAsync(), PersonId, search, cancellationToken);

    private async Task SaveDetailsAsync() => await RunAsync(async () =>
    {
        var errors = new FormErrors();
        if (await People.UpdateAsync(await CallerAsync(), PersonId, _details, errors, CancellationToken.None))
        {
            _detailsErrors = new FormErrors();
            await LoadAsync();
            _notice = AdminTexts.DetailsSaved;
            return;
        }

        // The typed values stay in _details; only the errors change.
        _detailsErrors = errors;
    });

    private async Task AddMembershipAsync() => await RunAsync(async () =>
    {
        var errors = new FormErrors();
        if (await People.AddMembershipAsync(await CallerAsync(), PersonId, _newMembership, errors, CancellationToken.None) is { } added)
        {
            _membershipErrors = new FormErrors();
            _newMembership = new MembershipForm();
            await LoadAsync();
            _notice = AdminTexts.MembershipAdded(Describe(added));
            return;
        }

        _membershipErrors = errors;
    });

    private async Task RemoveMembershipAsync(Membership membership) => await RunAsync(async () =>
    {
        await People.RemoveMembershipAsync(await CallerAsync(), membership, CancellationToken.None);
        await LoadAsync();
        _notice = AdminTexts.MembershipRemoved(Describe(membership));
    });

    /// <summary>The first step: check that a successor is named when there are open tasks, then ask to confirm.</summary>
    private void AskToDeactivate()
    {
        var errors = new FormErrors();
        if (_openTasks > 0 && SuccessorName is null && _person is { } person)
        {
            errors.Add(AdminFieldIds.Successor, AdminTexts.SuccessorRequired(person.Person.Name, _openTasks));
        }

        _deactivateErrors = errors;
        _confirming = !errors.Any;
    }

    /// <summary>The signed-in administrator, whom the people service checks for every command.</summary>
    private async Task<Guid> CallerAsync() => AuthenticationState is null ? Guid.Empty : (await AuthenticationState).User.PersonId();

    private async Task DeactivateAsync() => await RunAsync(async () =>
    {
        if (AuthenticationState is null || _person is not { } person)
        {
            return;
        }

        var errors = new FormErrors();
        var caller = (await AuthenticationState).User.PersonId();
        Guid? successor = _openTasks > 0 ? _successor?.Id : null;
        var result = await People.DeactivateAsync(PersonId, successor, _openTasks > 0 ? _note : null, caller, errors, CancellationToken.None);
        _confirming = false;
        if (result is null)
        {
            _deactivateErrors = errors;
            await LoadAsync();
            return;
        }

        _deactivateErrors = new FormErrors();
        _successor = null;
        _note = null;
        await LoadAsync();
        _notice = AdminTexts.DeactivatedNotice(person.Person.Name, result.TasksMoved, result.SuccessorName);
    });

    private async Task ReactivateAsync() => await RunAsync(async () =>
    {
        await People.ReactivateAsync(await CallerAsync(), PersonId, CancellationToken.None);
        await LoadAsync();
        _notice = _person is { } person ? AdminTexts.Reactivated(person.Person.Name) : null;
    });

    /// <summary>Sends the refused emails again to the address as it is; the flag goes once they are waiting again.</summary>
    private async Task RetryRefusedEmailsAsync() => await RunAsync(async () =>
    {
        _emailNotice = await People.RetryRefusedEmailsAsync(await CallerAsync(), PersonId, CancellationToken.None);
        await LoadAsync();
    });

    private async Task RunAsync(Func<Task> action)
    {
        if (_busy)
        {
            return;
        }

        _busy = true;
        _notice = null;
        _emailNotice = null;
        try
        {
            await action();
        }
        finally
        {
            _busy = false;
        }
    }

    private string Describe(Membership membership) =>
        AdminTexts.MembershipText(_administrations.FirstOrDefault(a => a.Id == membership.AdministrationId)?.Name ?? membership.AdministrationId, membership.Role);

    private static string? Invalid(FormErrors errors, string fieldId) => errors.Has(fieldId) ? "true" : null;
}
