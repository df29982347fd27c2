namespace LabFlow.Activities.Register;

/// <summary>What the participant register holds about one person, for their data export (GDPR art. 15).</summary>
/// <param name="Profile">Their own declaration, or <c>null</c> when they never answered (or it was erased).</param>
public sealed record PersonalRegisterData(ParticipantProfile? Profile, IReadOnlyList<AttendanceRecord> Attendance);
