using LabFlow.Activities.Labs;
using LabFlow.Activities.Messages;
using LabFlow.Activities.Time;

namespace LabFlow.Activities.Organisation;

/// <summary>
/// Stand-ins while away, for both doors (the Settings page and <c>/api/v1/people/{id}/stand-in</c>). A person names
/// their own stand-in; an administrator may name one for anyone (the role model's administrators hold for the whole
/// organisation). The stand-in is an active colleague (a member of one of the away person's administrations, when
/// they have any), and the period is at most <see cref="StandIn.MaxDays"/> days and not over yet. What a stand-in
/// then gets and may do is the task domain's rule (<see cref="Tasks.StandInRule"/>).
/// </summary>
public sealed class StandInService(IStandIns standIns, IDirectory directory, LabAccess access, LabCalendar calendar, TimeProvider timeProvider)
{
    /// <summary>The person's stand-in period, or <c>null</c> when they named none.</summary>
    /// <exception cref="LabDomainException"><c>forbidden</c> for someone else than the person or an administrator; <c>not_found</c> for an unknown person.</exception>
    public async Task<StandInDetails?> GetAsync(Guid actorId, Guid personId, CancellationToken cancellationToken)
    {
        await RequireMayNameAsync(actorId, personId, cancellationToken);
        if (await standIns.GetAsync(personId, cancellationToken) is not { } period)
        {
            return null;
        }

        var standIn = await directory.FindPersonAsync(period.StandInId, cancellationToken) ?? new Person(period.StandInId, period.StandInId.ToString(), string.Empty, Active: false);
        return new StandInDetails(period, standIn);
    }

    /// <summary>Names <paramref name="standInId"/> as <paramref name="personId"/>'s stand-in from <paramref name="from"/> to <paramref name="to"/>, replacing an earlier period.</summary>
    /// <exception cref="LabDomainException">
    /// <c>forbidden</c> and <c>not_found</c> as <see cref="GetAsync"/>; <c>invalid</c> with every field's problem
    /// (<c>standInId</c>, <c>from</c>, <c>to</c>).
    /// </exception>
    public async Task<StandInDetails> SetAsync(Guid actorId, Guid personId, Guid? standInId, DateOnly? from, DateOnly? to, CancellationToken cancellationToken)
    {
        await RequireMayNameAsync(actorId, personId, cancellationToken);
        var problems = new InputErrors();
        Person? standIn = null;
        if (standInId is not { } chosen || chosen == Guid.Empty)
        {
            problems.Add("standInId", InputMessages.Required.With(("what", "the stand-in's person id")));
        }
        else if (chosen != personId)
        {
            standIn = await directory.FindPersonAsync(chosen, cancellationToken);
            if (standIn is not { Active: true })
            {
                problems.Add("standInId", standIn is null
                    ? InputMessages.PersonUnknown.With(("personId", chosen))
                    : InputMessages.PersonInactive.With(("name", standIn.Name)));
            }
            else if (!await SharesAdministrationAsync(personId, chosen, cancellationToken))
            {
                problems.Add("standInId", StandInMessages.NotColleague.With(("name", standIn.Name)));
            }
        }

        if (from is null)
        {
            problems.Add("from", InputMessages.Required.With(("what", "the first day away (from)")));
        }

        if (to is null)
        {
            problems.Add("to", InputMessages.Required.With(("what", "the last day away (to)")));
        }

        if (from is { } first && to is { } last)
        {
            // The period is checked even before a stand-in is chosen, so every field's problem comes at once.
            foreach (var (field, problem) in new StandIn(personId, standInId ?? Guid.Empty, first, last).Problems(calendar.DateOf(timeProvider.GetUtcNow())))
            {
                problems.Add(field, problem);
            }
        }

        problems.ThrowIfAny($"The stand-in of person {personId} cannot be saved.");
        var period = new StandIn(personId, standInId!.Value, from!.Value, to!.Value);
        await standIns.SetAsync(period, cancellationToken);
        return new StandInDetails(period, standIn!);
    }

    /// <summary>Removes the person's stand-in; <c>false</c> when they had none (removing twice is not an error).</summary>
    /// <exception cref="LabDomainException"><c>forbidden</c> and <c>not_found</c> as <see cref="GetAsync"/>.</exception>
    public async Task<bool> RemoveAsync(Guid actorId, Guid personId, CancellationToken cancellationToken)
    {
        await RequireMayNameAsync(actorId, personId, cancellationToken);
        if (await standIns.GetAsync(personId, cancellationToken) is null)
        {
            return false;
        }

        await standIns.RemoveAsync(personId, cancellationToken);
        return true;
    }

    /// <summary>The person themselves, or an administrator; anyone else learns nothing of the person, not even whether they exist.</summary>
    private async Task RequireMayNameAsync(Guid actorId, Guid personId, CancellationToken cancellationToken)
    {
        if (actorId != personId && !await access.IsAdminAsync(actorId, cancellationToken))
        {
            throw new LabDomainException(LabErrors.Forbidden, StandInMessages.Forbidden.With(("personId", personId)));
        }

        if (await directory.FindPersonAsync(personId, cancellationToken) is null)
        {
            throw new LabDomainException(LabErrors.NotFound, StandInMessages.PersonNotFound.With(("personId", personId)));
        }
    }

    /// <summary>Whether the stand-in works where the away person does; someone without administrations (a project role) may choose anyone.</summary>
    private async Task<bool> SharesAdministrationAsync(Guid personId, Guid standInId, CancellationToken cancellationToken)
    {
        var theirs = (await directory.ListMembershipsAsync(personId, cancellationToken)).Select(m => m.AdministrationId).ToHashSet(StringComparer.Ordinal);
        return theirs.Count == 0
            || (await directory.ListMembershipsAsync(standInId, cancellationToken)).Any(m => theirs.Contains(m.AdministrationId));
    }
}
