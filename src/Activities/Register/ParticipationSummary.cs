namespace LabFlow.Activities.Register;

/// <summary>Participants (distinct people) and their hours; <paramref name="Attendances"/> counts person-activity rows.</summary>
public sealed record ParticipationFigure(int People, decimal Hours, int Attendances)
{
    public static ParticipationFigure Zero { get; } = new(0, 0m, 0);
}

/// <summary>One group's figure in total and by sex (every <see cref="Sex"/> present, zero when nobody).</summary>
/// <param name="Key">What the group is: a sex, an administration id or organisation, a profession group or a month (<c>yyyy-MM</c>).</param>
/// <param name="Name">The administration's or organisation's name where the key is one; otherwise the key.</param>
public sealed record ParticipationGroup(string Key, string Name, ParticipationFigure Total, IReadOnlyDictionary<Sex, ParticipationFigure> BySex);

/// <summary>The register summed up: in total and by sex, participant organisation, profession group and month, each split by sex.</summary>
public sealed record ParticipationSummary(
    ParticipationGroup Total,
    IReadOnlyList<ParticipationGroup> BySex,
    IReadOnlyList<ParticipationGroup> ByOrganisation,
    IReadOnlyList<ParticipationGroup> ByProfessionGroup,
    IReadOnlyList<ParticipationGroup> ByMonth);
