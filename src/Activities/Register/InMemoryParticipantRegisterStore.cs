namespace LabFlow.Activities.Register;

/// <summary>The participant register in memory: the default without a database, and for the domain's tests.</summary>
public sealed class InMemoryParticipantRegisterStore : IParticipantRegisterStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<Guid, ParticipantProfile> _profiles = [];
    private readonly Dictionary<Guid, RegisterGuest> _guests = [];
    private readonly Dictionary<(Guid, string, Guid), AttendanceRecord> _attendance = [];
    private readonly Dictionary<(Guid, string), WorkshopSchedule> _schedules = [];

    public Task<ParticipantProfile?> FindProfileAsync(Guid personId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_profiles.GetValueOrDefault(personId));
        }
    }

    public Task SaveProfileAsync(ParticipantProfile profile, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _profiles[profile.PersonId] = profile;
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<ParticipantProfile>> ListProfilesAsync(IReadOnlyCollection<Guid>? personIds, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<ParticipantProfile>>([.. _profiles.Values.Where(p => personIds is null || personIds.Contains(p.PersonId))]);
        }
    }

    public Task AddGuestAsync(RegisterGuest guest, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _guests[guest.Id] = guest;
        }

        return Task.CompletedTask;
    }

    public Task<RegisterGuest?> FindGuestAsync(Guid guestId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_guests.GetValueOrDefault(guestId));
        }
    }

    public Task<IReadOnlyList<RegisterGuest>> ListGuestsAsync(IReadOnlyCollection<Guid>? labIds, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<RegisterGuest>>(
                [.. _guests.Values.Where(g => labIds is null || labIds.Contains(g.LabId)).OrderBy(g => g.Name, StringComparer.CurrentCulture)]);
        }
    }

    public Task SaveAttendanceAsync(IReadOnlyList<AttendanceRecord> records, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            foreach (var record in records)
            {
                _attendance[(record.LabId, record.ActivityId, record.ParticipantId)] = record;
            }
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<AttendanceRecord>> ListAttendanceAsync(
        IReadOnlyCollection<Guid>? labIds, DateOnly? from, DateOnly? to, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<AttendanceRecord>>(
                [.. _attendance.Values
                    .Where(a => (labIds is null || labIds.Contains(a.LabId)) && (from is null || a.Date >= from) && (to is null || a.Date <= to))
                    .OrderBy(a => a.Date).ThenBy(a => a.LabId).ThenBy(a => a.ActivityId, StringComparer.Ordinal)]);
        }
    }

    public Task<IReadOnlyList<AttendanceRecord>> ListAttendanceOfAsync(Guid participantId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<AttendanceRecord>>([.. _attendance.Values.Where(a => a.ParticipantId == participantId).OrderBy(a => a.Date)]);
        }
    }

    public Task<IReadOnlyList<WorkshopSchedule>> ListSchedulesAsync(Guid labId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<WorkshopSchedule>>([.. _schedules.Values.Where(s => s.LabId == labId).OrderBy(s => s.ActivityId, StringComparer.Ordinal)]);
        }
    }

    public Task SaveScheduleAsync(WorkshopSchedule schedule, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _schedules[(schedule.LabId, schedule.ActivityId)] = schedule;
        }

        return Task.CompletedTask;
    }

    public Task RemoveProfileAsync(Guid personId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _profiles.Remove(personId);
        }

        return Task.CompletedTask;
    }
}
