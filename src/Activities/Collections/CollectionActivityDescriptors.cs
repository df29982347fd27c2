using System.Text.Json.Nodes;
using LabFlow.Activities.Messages;
using LabFlow.Activities.Tasks;
using LabFlow.Workflows.ActivityTypes;
using LabFlow.Workflows.Definitions;

namespace LabFlow.Activities.Collections;

public static class CollectionActivityDescriptors
{
    private static readonly ActivityInputDescriptor Closes =
        new("closes", FlowValueType.Date, LocalizedText.Of("Stänger", "Closes"), Editor: "relativeDate", Required: true);

    private static readonly ActivityInputDescriptor ResultVariable =
        new("resultVariable", FlowValueType.String, LocalizedText.Of("Resultat till variabel", "Result variable"), Editor: "variable", AllowsExpressions: false);

    public static ActivityDescriptor CollectIdeas { get; } = new()
    {
        TypeName = "CollectIdeas",
        Category = "Lab",
        DisplayName = LocalizedText.Of("Samla idéer", "Collect ideas"),
        Description = LocalizedText.Of(
            "Deltagarna lämnar hur många idéer eller insikter de vill medan insamlingen är öppen.",
            "Participants submit as many ideas or insights as they like while the collection is open."),
        Inputs =
        [
            .. TaskInputs.Common,
            TaskInputs.Participants,
            TaskInputs.Opens,
            Closes,
            TaskInputs.Form,
            new("anonymous", FlowValueType.Boolean, LocalizedText.Of("Anonym", "Anonymous"), Default: JsonValue.Create(false)),
            ResultVariable,
        ],
        HandlerType = typeof(CollectIdeasHandler),
    };

    public static ActivityDescriptor DotVote { get; } = new()
    {
        TypeName = "DotVote",
        Category = "Lab",
        DisplayName = LocalizedText.Of("Prickröstning", "Dot vote"),
        Description = LocalizedText.Of(
            "Deltagarna fördelar sina röster på idéerna från en idéinsamling; resultatet är en rangordning.",
            "Participants spread their votes over the ideas of an idea collection; the result is a ranking."),
        Inputs =
        [
            .. TaskInputs.Common,
            TaskInputs.Participants,
            new("source", FlowValueType.String, LocalizedText.Of("Idéinsamling", "Idea collection"), Editor: "activity:CollectIdeas", Required: true, AllowsExpressions: false),
            new("votesPerPerson", FlowValueType.Number, LocalizedText.Of("Röster per person", "Votes per person"), Default: JsonValue.Create(3), Rule: LabInputRules.PositiveCount),
            new("anonymous", FlowValueType.Boolean, LocalizedText.Of("Anonym", "Anonymous"), Default: JsonValue.Create(true)),
            new("votesPerIdea", FlowValueType.Number, LocalizedText.Of("Högst röster per idé", "Most votes per idea"), Rule: LabInputRules.PositiveCount),
            new("liveResults", FlowValueType.Boolean, LocalizedText.Of("Visa resultatet medan röstningen pågår", "Show results while the vote is open"), Default: JsonValue.Create(false)),
            TaskInputs.Opens,
            Closes,
            ResultVariable,
        ],
        HandlerType = typeof(DotVoteHandler),
        Validate = SourceIsCollectIdeas,
    };

    private static IEnumerable<ActivityValidationIssue> SourceIsCollectIdeas(ActivityValidationContext context)
    {
        if (context.Activity.Inputs?["source"] is not JsonValue value || !value.TryGetValue<string>(out var source))
        {
            yield break;
        }

        var target = context.Definition.FindActivity(source);
        if (target is null || !string.Equals(target.Type, CollectIdeas.TypeName, StringComparison.Ordinal))
        {
            var ideas = context.Definition.Activities.Where(a => a.Type == CollectIdeas.TypeName).Select(a => $"'{a.Id}'").ToList();
            yield return ideas.Count == 0
                ? ActivityRuleMessages.SourceNoCollectIdeas.Issue("inputs.source", ("source", source))
                : ActivityRuleMessages.SourceNotCollectIdeas.Issue("inputs.source", ("source", source), ("ideas", string.Join(", ", ideas)));
        }
    }
}
