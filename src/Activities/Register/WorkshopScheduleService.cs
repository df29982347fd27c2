using System.Globalization;
using System.Text.Json.Nodes;
using LabFlow.Activities.Email;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Messages;
using LabFlow.Activities.Workshops;

namespace LabFlow.Activities.Register;

/// <summary>A lab's own time, place and meeting link for a workshop; each part left empty keeps the flow's.</summary>
public sealed record WorkshopScheduleInput(DateOnly? Date = null, TimeOnly? StartTime = null, int? DurationMinutes = null, string? Location = null, string? MeetingLink = null);

/// <summary>
/// Sets a workshop's time, place and meeting link for one lab (its managers: the lab's facilitators). A workshop not
/// yet started reads them when it starts (<see cref="WorkshopHandler"/>); one whose invitation went out sends it
/// again to the same people with the same calendar UID and a higher SEQUENCE, so calendars move the event.
/// </summary>
public sealed class WorkshopScheduleService(
    IParticipantRegisterStore store,
    ILabStore labs,
    LabAccess access,
    ParticipantRegisterService register,
    TimeProvider time,
    IEmailStore? emails = null,
    IEmailOutbox? outbox = null)
{
    public const int MaxDurationMinutes = 24 * 60;

    public async Task<WorkshopSchedule> SetAsync(Guid callerId, Guid labId, string activityId, WorkshopScheduleInput input, CancellationToken cancellationToken)
    {
        var lab = await labs.FindAsync(labId, cancellationToken);
        if (lab is null || !await access.CanSeeAsync(callerId, lab, cancellationToken))
        {
            throw new LabDomainException(LabErrors.NotFound, RegisterMessages.LabNotFound.With(("labId", labId)));
        }

        if (!await access.CanManageAsync(callerId, lab, cancellationToken))
        {
            throw new LabDomainException(LabErrors.Forbidden, RegisterMessages.ScheduleForbidden.With(("title", lab.Title)));
        }

        if (!(await register.WorkshopsAsync(lab, cancellationToken)).Any(w => string.Equals(w.ActivityId, activityId, StringComparison.Ordinal)))
        {
            throw new LabDomainException(LabErrors.NotFound, RegisterMessages.NotAWorkshop.With(("activityId", InputErrors.Shortened(activityId)), ("title", lab.Title)));
        }

        var errors = new InputErrors();
        var (location, link) = Check(errors, string.Empty, input);
        errors.ThrowIfAny("The workshop's time and place cannot be saved until every field is fixed.");
        var now = time.GetUtcNow();
        var sent = await SentInvitationsAsync(lab, activityId, cancellationToken);
        var previous = (await store.ListSchedulesAsync(lab.Id, cancellationToken)).FirstOrDefault(s => string.Equals(s.ActivityId, activityId, StringComparison.Ordinal));

        // A calendar replaces the event only for a higher SEQUENCE than it holds: above the last change and above every
        // invitation already out (one without its own took the minute it was sent), even within the same minute.
        var sequence = sent.Select(e => (e.Model?["sequence"] is JsonValue v && v.TryGetValue<int>(out var q) ? q : CalendarFiles.SequenceAt(e.Email.SentAt ?? now)) + 1)
            .Append(CalendarFiles.SequenceAt(now))
            .Append((previous?.Sequence ?? -1) + 1)
            .Max();
        var schedule = new WorkshopSchedule(lab.Id, activityId, input.Date, input.StartTime, input.DurationMinutes, location, link, sequence, callerId, now);
        await store.SaveScheduleAsync(schedule, cancellationToken);
        await SendUpdatesAsync(lab, schedule, sent, cancellationToken);
        return schedule;
    }

    /// <summary>
    /// The checks every schedule gets, at launch (<see cref="Labs.LabService.LaunchAsync"/>, fields under
    /// <paramref name="prefix"/>) and when changed later: a duration within a day, a place that fits, a whole web
    /// address. Answers the place and link trimmed, <c>null</c> when left empty.
    /// </summary>
    internal static (string? Location, string? Link) Check(InputErrors errors, string prefix, WorkshopScheduleInput input)
    {
        if (input.DurationMinutes is { } minutes && minutes is < 1 or > MaxDurationMinutes)
        {
            errors.Add(prefix + "durationMinutes", RegisterMessages.DurationRange.With(("max", MaxDurationMinutes), ("minutes", minutes)));
        }

        var location = string.IsNullOrWhiteSpace(input.Location) ? null : input.Location.Trim();
        if (location is { Length: > RegisterLimits.LocationLength })
        {
            errors.Add(prefix + "location", RegisterMessages.TooLong.With(("max", RegisterLimits.LocationLength)));
        }

        var link = string.IsNullOrWhiteSpace(input.MeetingLink) ? null : input.MeetingLink.Trim();
        if (link is not null && (link.Length > RegisterLimits.LinkLength || !Uri.TryCreate(link, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http")))
        {
            errors.Add(prefix + "meetingLink", RegisterMessages.LinkInvalid.With(("link", InputErrors.Shortened(link))));
        }

        return (location, link);
    }

    /// <summary>The workshop's invitations sent so far, each with its model.</summary>
    private async Task<List<(EmailMessage Email, JsonObject? Model)>> SentInvitationsAsync(Lab lab, string activityId, CancellationToken cancellationToken)
    {
        if (emails is null)
        {
            return [];
        }

        var workshopId = lab.Id + "/" + activityId;
        return [.. (await emails.ListAsync(new EmailMessageQuery(InstanceId: lab.Id, Take: 1000), cancellationToken))
            .Where(e => string.Equals(e.Template, EmailTemplates.WorkshopInvitation, StringComparison.Ordinal))
            .Select(e => (Email: e, Model: JsonNode.Parse(e.ModelJson) as JsonObject))
            .Where(e => e.Model?["workshopId"]?.GetValue<string>() == workshopId)];
    }

    /// <summary>The invitation again, with the new time and place, to everyone the workshop's invitation went to.</summary>
    private async Task SendUpdatesAsync(Lab lab, WorkshopSchedule schedule, List<(EmailMessage Email, JsonObject? Model)> sent, CancellationToken cancellationToken)
    {
        if (outbox is null)
        {
            return;
        }

        foreach (var group in sent.GroupBy(e => e.Email.Culture, StringComparer.Ordinal))
        {
            // The newest invitation of each language is the model to update; every address it went to gets the update.
            var model = (JsonObject)group.OrderByDescending(e => e.Email.NextAttemptAt).First().Model!.DeepClone();
            Apply(model, schedule, CultureInfo.GetCultureInfo(group.Key));
            var recipients = group.Select(e => new EmailRecipient(e.Email.RecipientPersonId, e.Email.RecipientAddress, e.Email.RecipientName, e.Email.Culture))
                .DistinctBy(r => r.Address, StringComparer.OrdinalIgnoreCase).ToList();
            await outbox.EnqueueAsync(new EmailRequested(Guid.NewGuid(), lab.Id, group.First().Email.TaskId, EmailTemplates.WorkshopInvitation, recipients, model), cancellationToken);
        }
    }

    /// <summary>Writes the schedule's parts into an invitation's model, with the end and the agenda's clock times following the start.</summary>
    internal static void Apply(JsonObject model, WorkshopSchedule schedule, CultureInfo culture)
    {
        var date = schedule.Date ?? (DateOnly.TryParseExact(model["date"]?.GetValue<string>(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null);
        var start = schedule.StartTime ?? (TimeOnly.TryParseExact(model["startTime"]?.GetValue<string>(), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t : WorkshopHandler.DefaultStart);
        var minutes = schedule.DurationMinutes ?? (model["durationMinutes"] is JsonValue m && m.TryGetValue<int>(out var value) ? value : 120);
        if (date is { } day && DateTimeOffset.TryParse(model["startsAt"]?.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var previous))
        {
            // The offset of the lab's time zone on that day, as the original invitation wrote it.
            var startsAt = new DateTimeOffset(day.ToDateTime(start), previous.Offset);
            model["startsAt"] = startsAt.ToString("O", CultureInfo.InvariantCulture);
            model["endsAt"] = startsAt.AddMinutes(minutes).ToString("O", CultureInfo.InvariantCulture);
            model["date"] = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        model["startTime"] = start.ToString("HH:mm", CultureInfo.InvariantCulture);
        model["durationMinutes"] = minutes;
        if (schedule.Location is not null)
        {
            model["location"] = schedule.Location;
        }

        if (schedule.MeetingLink is not null)
        {
            model["meetingLink"] = schedule.MeetingLink;
        }

        model["agendaItems"] = WorkshopAgenda.Items(model["agenda"], start, culture);
        model["sequence"] = schedule.Sequence;
        model["updated"] = true;
    }
}
