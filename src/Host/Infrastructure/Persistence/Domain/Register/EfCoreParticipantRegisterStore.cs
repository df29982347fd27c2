using LabFlow.Activities.Register;
using Microsoft.EntityFrameworkCore;

namespace LabFlow.Host.Infrastructure.Persistence.Domain.Register;

/// <summary>The participant register in the database.</summary>
internal sealed class EfCoreParticipantRegisterStore(LabFlowDbContext db) : IParticipantRegisterStore
{
    public async Task<ParticipantProfile?> FindProfileAsync(Guid personId, CancellationToken cancellationToken)
    {
        var row = await db.Set<ParticipantProfileRow>().AsNoTracking().FirstOrDefaultAsync(p => p.PersonId == personId, cancellationToken);
        return row is null ? null : ToProfile(row);
    }

    public Task SaveProfileAsync(ParticipantProfile profile, CancellationToken cancellationToken) =>
        db.UpsertAsync(
            () => db.Set<ParticipantProfileRow>().Where(p => p.PersonId == profile.PersonId).ExecuteUpdateAsync(
                s => s.SetProperty(p => p.Sex, profile.Sex.ToString())
                    .SetProperty(p => p.AdministrationId, profile.AdministrationId)
                    .SetProperty(p => p.Organisation, profile.Organisation)
                    .SetProperty(p => p.ProfessionGroup, profile.ProfessionGroup.ToString())
                    .SetProperty(p => p.AnsweredAt, profile.AnsweredAt.ToUniversalTime()),
                cancellationToken),
            () => db.Add(new ParticipantProfileRow
            {
                PersonId = profile.PersonId,
                Sex = profile.Sex.ToString(),
                AdministrationId = profile.AdministrationId,
                Organisation = profile.Organisation,
                ProfessionGroup = profile.ProfessionGroup.ToString(),
                AnsweredAt = profile.AnsweredAt.ToUniversalTime(),
            }),
            cancellationToken);

    public async Task<IReadOnlyList<ParticipantProfile>> ListProfilesAsync(IReadOnlyCollection<Guid>? personIds, CancellationToken cancellationToken)
    {
        var rows = db.Set<ParticipantProfileRow>().AsNoTracking();
        if (personIds is not null)
        {
            rows = rows.Where(p => personIds.Contains(p.PersonId));
        }

        return [.. (await rows.ToListAsync(cancellationToken)).Select(ToProfile)];
    }

    public async Task AddGuestAsync(RegisterGuest guest, CancellationToken cancellationToken)
    {
        db.Add(new RegisterGuestRow
        {
            Id = guest.Id,
            LabId = guest.LabId,
            Name = guest.Name,
            Organisation = guest.Organisation,
            Email = guest.Email,
            Sex = guest.Sex.ToString(),
            RegisteredBy = guest.RegisteredBy,
            RegisteredAt = guest.RegisteredAt.ToUniversalTime(),
        });
        await db.SaveAndForgetAsync(cancellationToken);
    }

    public async Task<RegisterGuest?> FindGuestAsync(Guid guestId, CancellationToken cancellationToken)
    {
        var row = await db.Set<RegisterGuestRow>().AsNoTracking().FirstOrDefaultAsync(g => g.Id == guestId, cancellationToken);
        return row is null ? null : ToGuest(row);
    }

    public async Task<IReadOnlyList<RegisterGuest>> ListGuestsAsync(IReadOnlyCollection<Guid>? labIds, CancellationToken cancellationToken)
    {
        var rows = db.Set<RegisterGuestRow>().AsNoTracking();
        if (labIds is not null)
        {
            rows = rows.Where(g => labIds.Contains(g.LabId));
        }

        return [.. (await rows.ToListAsync(cancellationToken)).Select(ToGuest).OrderBy(g => g.Name, StringComparer.CurrentCulture)];
    }

    public async Task SaveAttendanceAsync(IReadOnlyList<AttendanceRecord> records, CancellationToken cancellationToken)
    {
        if (records.Count == 0)
        {
            return;
        }

        await db.InTransactionAsync(
            async () =>
            {
                foreach (var group in records.GroupBy(r => (r.LabId, r.ActivityId)))
                {
                    var ids = group.Select(r => r.ParticipantId).ToList();
                    await db.Set<AttendanceRow>()
                        .Where(a => a.LabId == group.Key.LabId && a.ActivityId == group.Key.ActivityId && ids.Contains(a.ParticipantId))
                        .ExecuteDeleteAsync(cancellationToken);
                    db.AddRange(group.Select(ToRow));
                }

                await db.SaveAndForgetAsync(cancellationToken);
                return true;
            },
            cancellationToken);
    }

    public async Task<IReadOnlyList<AttendanceRecord>> ListAttendanceAsync(
        IReadOnlyCollection<Guid>? labIds, DateOnly? from, DateOnly? to, CancellationToken cancellationToken)
    {
        var rows = db.Set<AttendanceRow>().AsNoTracking();
        if (labIds is not null)
        {
            rows = rows.Where(a => labIds.Contains(a.LabId));
        }

        if (from is { } first)
        {
            rows = rows.Where(a => a.Date >= first);
        }

        if (to is { } last)
        {
            rows = rows.Where(a => a.Date <= last);
        }

        return [.. (await rows.OrderBy(a => a.Date).ThenBy(a => a.LabId).ThenBy(a => a.ActivityId).ToListAsync(cancellationToken)).Select(ToRecord)];
    }

    public async Task<IReadOnlyList<AttendanceRecord>> ListAttendanceOfAsync(Guid participantId, CancellationToken cancellationToken) =>
        [.. (await db.Set<AttendanceRow>().AsNoTracking().Where(a => a.ParticipantId == participantId).OrderBy(a => a.Date).ToListAsync(cancellationToken)).Select(ToRecord)];

    public async Task<IReadOnlyList<WorkshopSchedule>> ListSchedulesAsync(Guid labId, CancellationToken cancellationToken) =>
        [.. (await db.Set<WorkshopScheduleRow>().AsNoTracking().Where(s => s.LabId == labId).OrderBy(s => s.ActivityId).ToListAsync(cancellationToken)).Select(ToSchedule)];

    public Task SaveScheduleAsync(WorkshopSchedule schedule, CancellationToken cancellationToken) =>
        db.UpsertAsync(
            () => db.Set<WorkshopScheduleRow>().Where(s => s.LabId == schedule.LabId && s.ActivityId == schedule.ActivityId).ExecuteUpdateAsync(
                s => s.SetProperty(r => r.Date, schedule.Date)
                    .SetProperty(r => r.StartTime, schedule.StartTime)
                    .SetProperty(r => r.DurationMinutes, schedule.DurationMinutes)
                    .SetProperty(r => r.Location, schedule.Location)
                    .SetProperty(r => r.MeetingLink, schedule.MeetingLink)
                    .SetProperty(r => r.Sequence, schedule.Sequence)
                    .SetProperty(r => r.ChangedBy, schedule.ChangedBy)
                    .SetProperty(r => r.ChangedAt, schedule.ChangedAt.ToUniversalTime()),
                cancellationToken),
            () => db.Add(new WorkshopScheduleRow
            {
                LabId = schedule.LabId,
                ActivityId = schedule.ActivityId,
                Date = schedule.Date,
                StartTime = schedule.StartTime,
                DurationMinutes = schedule.DurationMinutes,
                Location = schedule.Location,
                MeetingLink = schedule.MeetingLink,
                Sequence = schedule.Sequence,
                ChangedBy = schedule.ChangedBy,
                ChangedAt = schedule.ChangedAt.ToUniversalTime(),
            }),
            cancellationToken);

    public Task RemoveProfileAsync(Guid personId, CancellationToken cancellationToken) =>
        db.Set<ParticipantProfileRow>().Where(p => p.PersonId == personId).ExecuteDeleteAsync(cancellationToken);

    private static ParticipantProfile ToProfile(ParticipantProfileRow row) =>
        new(row.PersonId, Enum.Parse<Sex>(row.Sex), row.AdministrationId, row.Organisation, Enum.Parse<ProfessionGroup>(row.ProfessionGroup), row.AnsweredAt);

    private static RegisterGuest ToGuest(RegisterGuestRow row) =>
        new(row.Id, row.LabId, row.Name, row.Organisation, row.Email, Enum.Parse<Sex>(row.Sex), row.RegisteredBy, row.RegisteredAt);

    private static AttendanceRow ToRow(AttendanceRecord record) => new()
    {
        LabId = record.LabId,
        ActivityId = record.ActivityId,
        ParticipantId = record.ParticipantId,
        IsGuest = record.IsGuest,
        Present = record.Present,
        Hours = record.Hours,
        Date = record.Date,
        RecordedBy = record.RecordedBy,
        RecordedAt = record.RecordedAt.ToUniversalTime(),
    };

    private static AttendanceRecord ToRecord(AttendanceRow row) =>
        new(row.LabId, row.ActivityId, row.ParticipantId, row.IsGuest, row.Present, row.Hours, row.Date, row.RecordedBy, row.RecordedAt);

    private static WorkshopSchedule ToSchedule(WorkshopScheduleRow row) =>
        new(row.LabId, row.ActivityId, row.Date, row.StartTime, row.DurationMinutes, row.Location, row.MeetingLink, row.Sequence, row.ChangedBy, row.ChangedAt);
}
