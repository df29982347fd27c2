namespace LabFlow.Activities.Register;

/// <summary>What a person declares about themself for the register.</summary>
/// <param name="AdministrationId">One of LabFlow's administrations, or <c>null</c> with <paramref name="Organisation"/> in words.</param>
public sealed record ProfileInput(Sex Sex, string? AdministrationId, string? Organisation, ProfessionGroup ProfessionGroup);

/// <summary>A guest without an account, registered on a lab; their sex is "vill inte uppge" unless they stated it.</summary>
public sealed record GuestInput(string Name, string Organisation, string? Email, Sex Sex = Sex.NotStated);

/// <summary>One participant's attendance at a workshop: present or not, and the hours they took part.</summary>
public sealed record AttendanceInput(Guid ParticipantId, bool Present, decimal Hours);

/// <summary>A person's profile as they see it: <paramref name="Profile"/> is <c>null</c> until they answered (then the question is asked).</summary>
public sealed record MyProfile(ParticipantProfile? Profile)
{
    public bool Asked => Profile is not null;
}

/// <summary>A workshop, seminar or conference step of a lab, with its planned day and the attendance recorded so far.</summary>
public sealed record LabWorkshop(string ActivityId, Workflows.Definitions.LocalizedText Title, DateOnly? Date, IReadOnlyList<AttendanceRecord> Attendance);

/// <summary>The lab's register as its page shows it: its workshops, guests, and the people who can be recorded (the lab's own and guests).</summary>
public sealed record LabRegister(
    Guid LabId,
    IReadOnlyList<LabWorkshop> Workshops,
    IReadOnlyList<RegisterGuest> Guests,
    IReadOnlyList<Organisation.Person> People,
    bool CanRecord);
