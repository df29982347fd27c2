namespace LabFlow.Activities.Register;

/// <summary>The participant register's rows: profiles, guests, attendance per person and the labs' workshop schedules.</summary>
public interface IParticipantRegisterStore
{
    Task<ParticipantProfile?> FindProfileAsync(Guid personId, CancellationToken cancellationToken);

    /// <summary>Adds or replaces the person's profile.</summary>
    Task SaveProfileAsync(ParticipantProfile profile, CancellationToken cancellationToken);

    /// <summary>The profiles of these people that exist (every profile when <paramref name="personIds"/> is <c>null</c>).</summary>
    Task<IReadOnlyList<ParticipantProfile>> ListProfilesAsync(IReadOnlyCollection<Guid>? personIds, CancellationToken cancellationToken);

    Task AddGuestAsync(RegisterGuest guest, CancellationToken cancellationToken);

    Task<RegisterGuest?> FindGuestAsync(Guid guestId, CancellationToken cancellationToken);

    /// <summary>The guests registered on these labs (every guest when <paramref name="labIds"/> is <c>null</c>), by name.</summary>
    Task<IReadOnlyList<RegisterGuest>> ListGuestsAsync(IReadOnlyCollection<Guid>? labIds, CancellationToken cancellationToken);

    /// <summary>Adds or replaces each record (by lab, step and participant).</summary>
    Task SaveAttendanceAsync(IReadOnlyList<AttendanceRecord> records, CancellationToken cancellationToken);

    /// <summary>The attendance of these labs (every lab when <paramref name="labIds"/> is <c>null</c>) on the days from <paramref name="from"/> to <paramref name="to"/> (both optional).</summary>
    Task<IReadOnlyList<AttendanceRecord>> ListAttendanceAsync(
        IReadOnlyCollection<Guid>? labIds, DateOnly? from, DateOnly? to, CancellationToken cancellationToken);

    /// <summary>The attendance of one person (with an account or a guest), for their own data export.</summary>
    Task<IReadOnlyList<AttendanceRecord>> ListAttendanceOfAsync(Guid participantId, CancellationToken cancellationToken);

    Task<IReadOnlyList<WorkshopSchedule>> ListSchedulesAsync(Guid labId, CancellationToken cancellationToken);

    /// <summary>Adds or replaces the lab's schedule of the step.</summary>
    Task SaveScheduleAsync(WorkshopSchedule schedule, CancellationToken cancellationToken);

    /// <summary>Removes the person's profile (erasure); their attendance stays, counted as <see cref="Sex.NotStated"/>.</summary>
    Task RemoveProfileAsync(Guid personId, CancellationToken cancellationToken);
}
