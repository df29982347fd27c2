using LabFlow.Activities.Register;

namespace LabFlow.Host.Api.Project;

/// <summary>The caller's own answers for the participant register.</summary>
internal sealed record RegisterProfileBody(Sex Sex, ProfessionGroup ProfessionGroup, string? AdministrationId = null, string? Organisation = null);

/// <summary>A guest without an account; <c>sex</c> defaults to <c>NotStated</c>.</summary>
internal sealed record GuestBody(string Name, string? Organisation = null, string? Email = null, Sex? Sex = null);

/// <summary>Attendance at one workshop step: per participant present or not with hours; <c>date</c> defaults to the workshop's day.</summary>
internal sealed record AttendanceBody(IReadOnlyList<AttendanceInput> Attendance, DateOnly? Date = null);

/// <summary>The caller's profile with the privacy notice to show beside the question.</summary>
internal sealed record RegisterProfileAnswer(ParticipantProfile? Profile, bool Asked, string PrivacyNotice);
