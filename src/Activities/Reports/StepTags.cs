using System.Text.Json.Nodes;
using LabFlow.Activities.Messages;
using LabFlow.Workflows.ActivityTypes;
using LabFlow.Workflows.Definitions;

namespace LabFlow.Activities.Reports;

/// <summary>
/// What a step contributes to the reports, as its <c>tags</c> input writes it (docs/flow-format.md, "Step tags"). The
/// reports find their data by these tags and by form presets, never by activity ids, so they keep working when the
/// project team renames, adds or removes steps. This is the one definition of the tag vocabulary: the loader's check
/// (<see cref="Rule"/>) and the reports read it here.
/// </summary>
public static class StepTags
{
    /// <summary>The input's name on task-like steps.</summary>
    public const string InputName = "tags";

    /// <summary>How the lab's challenge was framed (question, target group, scope).</summary>
    public const string Challenge = "challenge";

    /// <summary>What field research and synthesis found.</summary>
    public const string Insights = "insights";

    /// <summary>Ideas: workshop ideas and idea collections.</summary>
    public const string Ideas = "ideas";

    /// <summary>A vote or prioritisation of the ideas.</summary>
    public const string Votes = "votes";

    /// <summary>Concepts and prototype plans.</summary>
    public const string Prototypes = "prototypes";

    /// <summary>Test rounds and the evaluation of the results.</summary>
    public const string TestResults = "testResults";

    /// <summary>The decision after the evaluation (its outcome and rationale) and the handover.</summary>
    public const string Decision = "decision";

    /// <summary>A follow-up months later (its indicator figures come from the <c>indicatorsBySex</c> preset).</summary>
    public const string FollowUp = "followUp";

    /// <summary>The step that links to the exported lab report: its task page offers the download.</summary>
    public const string Report = "report";

    /// <summary>The handover to the line organisation: its task page offers publishing the lab's learnings to the knowledge bank.</summary>
    public const string Handover = "handover";

    /// <summary>Active measures, step 1: investigating risks and obstacles.</summary>
    public const string Investigation = "investigation";

    /// <summary>Active measures, step 2: analysing the causes.</summary>
    public const string Analysis = "analysis";

    /// <summary>Active measures, step 3: the measures (the <c>riskTable</c> preset holds them).</summary>
    public const string Measures = "measures";

    /// <summary>Active measures: the yearly pay survey.</summary>
    public const string PaySurvey = "paySurvey";

    /// <summary>A conference evaluation or participant survey: guests without an account answer it through a personal link.</summary>
    public const string Survey = "survey";

    /// <summary>Every tag, in the order the documentation lists them.</summary>
    public static IReadOnlyList<string> Names { get; } =
        [Challenge, Insights, Ideas, Votes, Prototypes, TestResults, Decision, FollowUp, Report, Handover, Investigation, Analysis, Measures, PaySurvey, Survey];

    /// <summary>The input descriptor every task-like step takes (data, never an expression, so the loader checks it).</summary>
    public static ActivityInputDescriptor Input { get; } =
        new(InputName, FlowValueType.List, LocalizedText.Of("Rapporttaggar", "Report tags"), Editor: "tags", AllowsExpressions: false, Rule: Rule);

    /// <summary>The tags <paramref name="activity"/> carries (none when it has no valid <c>tags</c> input).</summary>
    public static IReadOnlySet<string> Of(ActivityNode activity) =>
        activity.Inputs?[InputName] is JsonArray items
            ? items.Select(i => i is JsonValue v && v.TryGetValue<string>(out var s) ? s : null).OfType<string>().Where(Names.Contains).ToHashSet(StringComparer.Ordinal)
            : new HashSet<string>(StringComparer.Ordinal);

    /// <summary>The ids of the activities of <paramref name="definition"/> tagged <paramref name="tag"/>, in flow order.</summary>
    public static IReadOnlyList<string> StepsTagged(WorkflowDefinition definition, string tag) =>
        [.. definition.Activities.Where(a => Of(a).Contains(tag)).Select(a => a.Id)];

    /// <summary>The loader's check of a <c>tags</c> input (paths relative to the value).</summary>
    public static IEnumerable<ActivityValidationIssue> Rule(JsonNode value)
    {
        var tags = string.Join(", ", Names);
        if (value is not JsonArray items)
        {
            yield return ReportMessages.TagsNotList.Issue(string.Empty, ("found", JsonPaths.Show(value)), ("tags", tags));
            yield break;
        }

        for (var i = 0; i < items.Count; i++)
        {
            var name = items[i] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
            if (name is not null && Names.Contains(name))
            {
                continue;
            }

            var shown = JsonPaths.Show(items[i]);
            yield return (name is null ? null : NameSuggestions.Nearest(name, Names)) is { } suggestion
                ? ReportMessages.UnknownTagSuggested.Issue($"[{i}]", ("tag", shown), ("suggestion", suggestion), ("tags", tags))
                : ReportMessages.UnknownTag.Issue($"[{i}]", ("tag", shown), ("tags", tags));
        }
    }
}
