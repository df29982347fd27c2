using LabFlow.Activities.Labs;
using LabFlow.Activities.Messages;
using LabFlow.Activities.Organisation;
using LabFlow.Activities.Tasks;
using LabFlow.Activities.Workshops;
using LabFlow.Workflows.Definitions;
using LabFlow.Workflows.Persistence;

namespace LabFlow.Activities.Register;

/// <summary>
/// The participant register's commands: a person's own declaration (sex, administration or organisation,
/// profession group), guests without an account, and attendance per person with hours. Only the person sets their
/// own sex; a lab's facilitators and whoever holds <see cref="Permission.RegisterParticipants"/> for the lab (the
/// training coordinator everywhere) register guests and attendance; everyone who sees the lab sees its register.
/// </summary>
public sealed class ParticipantRegisterService(
    IParticipantRegisterStore store,
    ILabStore labs,
    IDirectory directory,
    LabAccess access,
    ITaskStore tasks,
    IWorkflowInstanceStore instances,
    IWorkflowDefinitionStore definitions,
    TimeProvider time)
{
    public async Task<MyProfile> GetMyProfileAsync(Guid callerId, CancellationToken cancellationToken) =>
        new(await store.FindProfileAsync(callerId, cancellationToken));

    /// <summary>Saves the caller's own declaration; there is no way to write anyone else's.</summary>
    /// <exception cref="LabDomainException"><c>invalid</c> with every field's problem.</exception>
    public async Task<ParticipantProfile> SaveMyProfileAsync(Guid callerId, ProfileInput input, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        errors.RequireDefined("sex", input.Sex).RequireDefined("professionGroup", input.ProfessionGroup);
        var administrationId = string.IsNullOrWhiteSpace(input.AdministrationId) ? null : input.AdministrationId.Trim();
        if (administrationId is not null && await directory.FindAdministrationAsync(administrationId, cancellationToken) is null)
        {
            errors.Add("administrationId", RegisterMessages.UnknownAdministration.With(("administrationId", InputErrors.Shortened(administrationId))));
        }

        var organisation = string.IsNullOrWhiteSpace(input.Organisation) ? null : input.Organisation.Trim();
        LimitText(errors, "organisation", organisation, RegisterLimits.OrganisationLength);
        errors.ThrowIfAny("The register answers cannot be saved until every field is fixed.");

        var profile = new ParticipantProfile(callerId, input.Sex, administrationId, administrationId is null ? organisation : null, input.ProfessionGroup, time.GetUtcNow());
        await store.SaveProfileAsync(profile, cancellationToken);
        return profile;
    }

    /// <summary>The lab's workshops with their attendance, its guests and its people, for whoever sees the lab.</summary>
    public async Task<LabRegister> GetLabAsync(Guid callerId, Guid labId, CancellationToken cancellationToken)
    {
        var lab = await SeeLabAsync(callerId, labId, cancellationToken);
        var attendance = await store.ListAttendanceAsync([lab.Id], null, null, cancellationToken);
        var workshops = await WorkshopsAsync(lab, cancellationToken);
        var people = await directory.ListPeopleAsync([.. lab.People.Select(m => m.PersonId).Concat(attendance.Where(a => !a.IsGuest).Select(a => a.ParticipantId)).Distinct()], cancellationToken);
        return new LabRegister(
            lab.Id,
            [.. workshops.Select(w => w with { Attendance = [.. attendance.Where(a => string.Equals(a.ActivityId, w.ActivityId, StringComparison.Ordinal))] })],
            await store.ListGuestsAsync([lab.Id], cancellationToken),
            [.. people.OrderBy(p => p.Name, StringComparer.CurrentCulture)],
            await CanRecordAsync(callerId, lab, cancellationToken));
    }

    /// <summary>Registers a guest without an account on the lab (a conference guest).</summary>
    public async Task<RegisterGuest> RegisterGuestAsync(Guid callerId, Guid labId, GuestInput input, CancellationToken cancellationToken)
    {
        var lab = await RecordingLabAsync(callerId, labId, cancellationToken);
        var errors = new InputErrors();
        var name = input.Name?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            errors.Add("name", RegisterMessages.NameRequired.Message);
        }

        LimitText(errors, "name", name, RegisterLimits.NameLength);
        var organisation = input.Organisation?.Trim() ?? string.Empty;
        LimitText(errors, "organisation", organisation, RegisterLimits.OrganisationLength);
        var email = string.IsNullOrWhiteSpace(input.Email) ? null : input.Email.Trim();
        if (email is not null && (email.Length > RegisterLimits.EmailLength || !EmailAddressRule.IsValid(email)))
        {
            errors.Add("email", RegisterMessages.EmailInvalid.With(("email", InputErrors.Shortened(email))));
        }

        errors.RequireDefined("sex", input.Sex);
        errors.ThrowIfAny("The guest cannot be registered until every field is fixed.");

        var guest = new RegisterGuest(Guid.NewGuid(), lab.Id, name!, organisation, email, input.Sex, callerId, time.GetUtcNow());
        await store.AddGuestAsync(guest, cancellationToken);
        return guest;
    }

    /// <summary>
    /// Records (or corrects) attendance at one workshop step of the lab, per person with hours; people not named keep
    /// what was recorded. The day is <paramref name="date"/>, else the workshop's planned day, else today.
    /// </summary>
    public async Task<IReadOnlyList<AttendanceRecord>> RecordAttendanceAsync(
        Guid callerId, Guid labId, string activityId, IReadOnlyList<AttendanceInput> entries, DateOnly? date, CancellationToken cancellationToken)
    {
        var lab = await RecordingLabAsync(callerId, labId, cancellationToken);
        var workshop = (await WorkshopsAsync(lab, cancellationToken)).FirstOrDefault(w => string.Equals(w.ActivityId, activityId, StringComparison.Ordinal))
            ?? throw new LabDomainException(LabErrors.NotFound, RegisterMessages.NotAWorkshop.With(("activityId", InputErrors.Shortened(activityId)), ("title", lab.Title)));

        var errors = new InputErrors();
        if (entries.Count > RegisterLimits.MaxBatch)
        {
            errors.Add("attendance", RegisterMessages.TooMany.With(("max", RegisterLimits.MaxBatch), ("count", entries.Count)));
            errors.ThrowIfAny("The attendance cannot be recorded.");
        }

        var guests = (await store.ListGuestsAsync([lab.Id], cancellationToken)).Select(g => g.Id).ToHashSet();
        var people = (await directory.ListPeopleAsync([.. entries.Select(e => e.ParticipantId).Where(id => !guests.Contains(id)).Distinct()], cancellationToken))
            .Select(p => p.Id).ToHashSet();
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            if (!guests.Contains(entry.ParticipantId) && !people.Contains(entry.ParticipantId))
            {
                errors.Add($"attendance[{i}].participantId", RegisterMessages.UnknownParticipant.With(("participantId", entry.ParticipantId), ("title", lab.Title)));
            }

            if (entry.Hours is < 0 or > RegisterLimits.MaxHours)
            {
                errors.Add($"attendance[{i}].hours", RegisterMessages.HoursRange.With(("max", RegisterLimits.MaxHours), ("hours", entry.Hours)));
            }
        }

        errors.ThrowIfAny("The attendance cannot be recorded until every row is fixed.");
        var now = time.GetUtcNow();
        var day = date ?? workshop.Date ?? DateOnly.FromDateTime(now.UtcDateTime);
        var records = entries.DistinctBy(e => e.ParticipantId)
            .Select(e => new AttendanceRecord(lab.Id, activityId, e.ParticipantId, guests.Contains(e.ParticipantId), e.Present, e.Present ? e.Hours : 0m, day, callerId, now))
            .ToList();
        await store.SaveAttendanceAsync(records, cancellationToken);
        return records;
    }

    /// <summary>Whether <paramref name="callerId"/> may register guests and attendance in <paramref name="lab"/>.</summary>
    public async Task<bool> CanRecordAsync(Guid callerId, Lab lab, CancellationToken cancellationToken) =>
        lab.People.Any(m => m.PersonId == callerId && RoleModel.Grants(m.Role, Permission.RegisterParticipants))
        || await access.HoldsForAsync(callerId, lab, Permission.RegisterParticipants, cancellationToken);

    /// <summary>The lab's workshop steps (the <c>Workshop</c> activities of its flow version) with their planned day.</summary>
    public async Task<IReadOnlyList<LabWorkshop>> WorkshopsAsync(Lab lab, CancellationToken cancellationToken)
    {
        if (await instances.FindAsync(lab.Id, cancellationToken) is not { } instance
            || await definitions.FindVersionAsync(instance.DefinitionId, instance.DefinitionVersion, cancellationToken) is not { } stored)
        {
            return [];
        }

        var labTasks = await tasks.ListByLabAsync(lab.Id, cancellationToken);
        var schedules = (await store.ListSchedulesAsync(lab.Id, cancellationToken)).ToDictionary(s => s.ActivityId, StringComparer.Ordinal);
        return [.. WorkshopSteps(stored.Definition)
            .Select(a => new LabWorkshop(
                a.Id,
                Title(a),
                schedules.GetValueOrDefault(a.Id)?.Date
                    ?? labTasks.Where(t => string.Equals(t.ActivityId, a.Id, StringComparison.Ordinal)).Select(t => t.Due ?? t.Opens).FirstOrDefault(d => d is not null),
                []))];
    }

    /// <summary>The workshop, seminar and conference steps of a flow.</summary>
    public static IEnumerable<ActivityNode> WorkshopSteps(WorkflowDefinition definition) =>
        definition.Activities.Where(a => string.Equals(a.Type, WorkshopActivityDescriptors.Workshop.TypeName, StringComparison.Ordinal));

    /// <summary>A workshop step's title as its invitation shows it.</summary>
    public static LocalizedText Title(ActivityNode step) => TaskPlanner.ToText(step.Inputs?["title"]) ?? step.Name ?? LocalizedText.Of(step.Id);

    private async Task<Lab> SeeLabAsync(Guid callerId, Guid labId, CancellationToken cancellationToken)
    {
        // A lab the caller may not see answers as one that does not exist, so ids cannot be probed.
        var lab = await labs.FindAsync(labId, cancellationToken);
        return lab is not null && await access.CanSeeAsync(callerId, lab, cancellationToken)
            ? lab
            : throw new LabDomainException(LabErrors.NotFound, RegisterMessages.LabNotFound.With(("labId", labId)));
    }

    private async Task<Lab> RecordingLabAsync(Guid callerId, Guid labId, CancellationToken cancellationToken)
    {
        var lab = await SeeLabAsync(callerId, labId, cancellationToken);
        return await CanRecordAsync(callerId, lab, cancellationToken)
            ? lab
            : throw new LabDomainException(LabErrors.Forbidden, RegisterMessages.RegisterForbidden.With(("title", lab.Title)));
    }

    private static void LimitText(InputErrors errors, string field, string? value, int max)
    {
        if (value is { Length: var length } && length > max)
        {
            errors.Add(field, RegisterMessages.TooLong.With(("max", max)));
        }
    }
}
