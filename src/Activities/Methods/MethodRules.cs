using LabFlow.Activities.Forms;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Messages;
using LabFlow.Workflows.Definitions;

namespace LabFlow.Activities.Methods;

/// <summary>
/// What makes a method valid, written once for the shipped files (<see cref="MethodJson"/>, errors with a JSON path)
/// and the designer's edits (<see cref="MethodService"/>, field-keyed errors): each problem is a field path
/// (<c>name</c>, <c>minutes</c>, <c>equality.grounds[1]</c>) and a coded message.
/// </summary>
public static class MethodRules
{
    public const int NameLength = 120;
    public const int PurposeLength = 1_000;
    public const int MaterialsLength = 4_000;
    public const int InstructionsLength = 20_000;
    public const int InclusionLength = 4_000;
    public const int SourceLength = 2_000;
    public const int MaxMinutes = 480;
    public const int MaxGroupSize = 500;

    /// <summary>The phase ids of LabFlow's default lab, which the library filters by.</summary>
    public static IReadOnlyList<string> Phases { get; } = ["prepare", "explore", "ideate", "prototype", "evaluate", "follow-up"];

    /// <summary>The grounds of discrimination and socioeconomic conditions, as the equality forms name them.</summary>
    public static IReadOnlyList<FormOption> Grounds => FormPresets.DiscriminationGroundOptions;

    public static IReadOnlyList<(string Field, CodedMessage Message)> Check(LabMethod method)
    {
        var problems = new List<(string, CodedMessage)>();
        if (InputIds.Problem(method.Id, "the method's id") is { } idProblem)
        {
            problems.Add(("id", idProblem));
        }

        CheckText(problems, "name", method.Name, MethodMessages.FieldName, NameLength, required: true);
        CheckText(problems, "purpose", method.Purpose, MethodMessages.FieldPurpose, PurposeLength, required: true);
        CheckText(problems, "materials", method.Materials, MethodMessages.FieldMaterials, MaterialsLength, required: false);
        CheckText(problems, "instructions", method.Instructions, MethodMessages.FieldInstructions, InstructionsLength, required: true);
        CheckText(problems, "equality.inclusion", method.Inclusion, MethodMessages.FieldInclusion, InclusionLength, required: true);
        CheckText(problems, "source", method.Source, MethodMessages.FieldSource, SourceLength, required: true);
        CheckRange(problems, "minutes", method.Minutes, MethodMessages.FieldMinutes, MaxMinutes);
        CheckRange(problems, "groupSize", method.GroupSize, MethodMessages.FieldGroupSize, MaxGroupSize);
        for (var i = 0; i < method.Phases.Count; i++)
        {
            if (!Phases.Contains(method.Phases[i], StringComparer.Ordinal))
            {
                problems.Add(($"phases[{i}]", MethodMessages.UnknownPhase.With(("phase", method.Phases[i]), ("choices", string.Join(", ", Phases)))));
            }
        }

        for (var i = 0; i < method.Grounds.Count; i++)
        {
            if (Grounds.All(g => g.Value != method.Grounds[i]))
            {
                problems.Add(($"equality.grounds[{i}]", MethodMessages.UnknownGround.With(("ground", method.Grounds[i]), ("choices", string.Join(", ", Grounds.Select(g => g.Value))))));
            }
        }

        return problems;
    }

    /// <summary>The Swedish part of a text (a plain string counts as Swedish), or empty.</summary>
    public static string Swedish(LocalizedText? text) =>
        text is null ? string.Empty : text.Invariant ?? text.ByCulture.GetValueOrDefault("sv") ?? string.Empty;

    /// <summary>The English part of a text, or empty.</summary>
    public static string English(LocalizedText? text) =>
        text?.Invariant is not null || text is null ? string.Empty : text.ByCulture.GetValueOrDefault("en") ?? string.Empty;

    private static void CheckText(List<(string, CodedMessage)> problems, string field, LocalizedText? text, MessageText what, int max, bool required)
    {
        if (required && string.IsNullOrWhiteSpace(Swedish(text)))
        {
            problems.Add((field, MethodMessages.TextRequired.With(("what", what.Message))));
        }

        foreach (var (language, value) in text is null ? [] : text.Invariant is { } invariant ? [KeyValuePair.Create("sv", invariant)] : text.ByCulture.ToList())
        {
            if (value.Length > max)
            {
                problems.Add((field, MethodMessages.TextTooLong.With(("what", what.Message), ("max", max), ("language", language), ("length", value.Length))));
            }
        }
    }

    private static void CheckRange(List<(string, CodedMessage)> problems, string field, MethodRange range, MessageText what, int highest)
    {
        if (range.Min < 1 || range.Max > highest || range.Min > range.Max)
        {
            problems.Add((field, MethodMessages.RangeBounds.With(("what", what.Message), ("lowest", 1), ("highest", highest), ("min", range.Min), ("max", range.Max))));
        }
    }
}
