using LabFlow.Activities.Methods;
using LabFlow.Workflows.Definitions;

namespace LabFlow.Host.Components.Pages.Methods;

/// <summary>What the method editor's inputs hold: each text in Swedish and English, the ranges and the choices.</summary>
internal sealed class MethodForm
{
    public string Id { get; set; } = "";

    public string NameSv { get; set; } = "";

    public string NameEn { get; set; } = "";

    public string PurposeSv { get; set; } = "";

    public string PurposeEn { get; set; } = "";

    public int? MinutesMin { get; set; } = 30;

    public int? MinutesMax { get; set; } = 60;

    public int? GroupMin { get; set; } = 3;

    public int? GroupMax { get; set; } = 12;

    public HashSet<string> Phases { get; } = new(StringComparer.Ordinal);

    public string MaterialsSv { get; set; } = "";

    public string MaterialsEn { get; set; } = "";

    public string InstructionsSv { get; set; } = "";

    public string InstructionsEn { get; set; } = "";

    public HashSet<string> Grounds { get; } = new(StringComparer.Ordinal);

    public string InclusionSv { get; set; } = "";

    public string InclusionEn { get; set; } = "";

    public string SourceSv { get; set; } = "";

    public string SourceEn { get; set; } = "";

    public static MethodForm From(LabMethod method)
    {
        var form = new MethodForm
        {
            Id = method.Id,
            NameSv = MethodRules.Swedish(method.Name),
            NameEn = MethodRules.English(method.Name),
            PurposeSv = MethodRules.Swedish(method.Purpose),
            PurposeEn = MethodRules.English(method.Purpose),
            MinutesMin = method.Minutes.Min,
            MinutesMax = method.Minutes.Max,
            GroupMin = method.GroupSize.Min,
            GroupMax = method.GroupSize.Max,
            MaterialsSv = MethodRules.Swedish(method.Materials),
            MaterialsEn = MethodRules.English(method.Materials),
            InstructionsSv = MethodRules.Swedish(method.Instructions),
            InstructionsEn = MethodRules.English(method.Instructions),
            InclusionSv = MethodRules.Swedish(method.Inclusion),
            InclusionEn = MethodRules.English(method.Inclusion),
            SourceSv = MethodRules.Swedish(method.Source),
            SourceEn = MethodRules.English(method.Source),
        };
        form.Phases.UnionWith(method.Phases);
        form.Grounds.UnionWith(method.Grounds);
        return form;
    }

    /// <summary>The method the inputs describe; the service checks it (an empty range end becomes 0, which it refuses).</summary>
    public LabMethod ToMethod() => new()
    {
        Id = Id.Trim(),
        Name = Text(NameSv, NameEn)!,
        Purpose = Text(PurposeSv, PurposeEn)!,
        Phases = [.. MethodRules.Phases.Where(Phases.Contains)],
        Minutes = new MethodRange(MinutesMin ?? 0, MinutesMax ?? 0),
        GroupSize = new MethodRange(GroupMin ?? 0, GroupMax ?? 0),
        Materials = string.IsNullOrWhiteSpace(MaterialsSv) && string.IsNullOrWhiteSpace(MaterialsEn) ? null : Text(MaterialsSv, MaterialsEn),
        Instructions = Text(InstructionsSv, InstructionsEn)!,
        Grounds = [.. MethodRules.Grounds.Select(g => g.Value).Where(Grounds.Contains)],
        Inclusion = Text(InclusionSv, InclusionEn)!,
        Source = Text(SourceSv, SourceEn)!,
    };

    /// <summary>Swedish always (empty when not written, which the rules refuse), English when written.</summary>
    private static LocalizedText Text(string swedish, string english) =>
        string.IsNullOrWhiteSpace(english)
            ? LocalizedText.Of([new("sv", swedish.Trim())])
            : LocalizedText.Of(swedish.Trim(), english.Trim());
}
