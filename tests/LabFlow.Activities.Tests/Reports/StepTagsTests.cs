using System.Text.Json.Nodes;
using LabFlow.Activities.Forms;
using LabFlow.Activities.Reports;
using LabFlow.Activities.Tests.ShippedFlows;

namespace LabFlow.Activities.Tests.Reports;

public sealed class StepTagsTests
{
    private const string FlowWithTags = """
        {
          "id": "tagged",
          "version": 1,
          "name": "Taggat",
          "activities": [
            { "id": "start", "type": "Start" },
            { "id": "research", "type": "UserTask", "inputs": { "title": "Undersöka", "assignee": { "role": "Coordinator" }, "tags": ["insight", 5] } }
          ],
          "connections": [ { "from": "start", "to": "research" } ]
        }
        """;

    [Fact]
    public void Rule_FindsNothing_WhenEveryTagIsKnown()
    {
        // Act
        var issues = StepTags.Rule(new JsonArray("insights", "followUp", "paySurvey")).ToList();

        // Assert
        Assert.Empty(issues);
    }

    [Fact]
    public void Rule_RefusesTheValue_WhenItIsNotAList()
    {
        // Act
        var issue = Assert.Single(StepTags.Rule(JsonValue.Create("insights")));

        // Assert
        Assert.Equal(("", "activity.tags_not_list"), (issue.Path, issue.Code));
    }

    [Fact]
    public void Load_RefusesTheFlowWithTheNearestTag_WhenAStepHasAnUnknownTag()
    {
        // Act
        var result = RegisteredLabActivities.CreateLoader().Load("tagged.json", FlowWithTags);

        // Assert
        Assert.False(result.IsValid);
        var errors = result.Errors.Where(e => e.Path.StartsWith("$.activities[1].inputs.tags", StringComparison.Ordinal)).ToList();
        Assert.Equal(
            [("$.activities[1].inputs.tags[0]", "activity.unknown_tag_suggested"), ("$.activities[1].inputs.tags[1]", "activity.unknown_tag")],
            errors.Select(e => (e.Path, e.Code)));
        Assert.Contains("(did you mean 'insights'?)", errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ShippedFlows_TagTheStepsTheReportsRead_WhenLoaded()
    {
        // Arrange
        var loader = RegisteredLabActivities.CreateLoader();
        var lab = loader.Load("social-innovation-lab.json", File.ReadAllText(Path.Combine(RepositoryPaths.WorkflowsJson, "social-innovation-lab.json"))).Definition!;
        var measures = loader.Load("active-measures.json", File.ReadAllText(Path.Combine(RepositoryPaths.WorkflowsJson, "active-measures.json"))).Definition!;

        // Act
        string[] labTags = [StepTags.Challenge, StepTags.Insights, StepTags.Ideas, StepTags.Votes, StepTags.Prototypes, StepTags.TestResults, StepTags.Decision, StepTags.FollowUp, StepTags.Report];
        string[] measureTags = [StepTags.Investigation, StepTags.Analysis, StepTags.Measures, StepTags.PaySurvey, StepTags.FollowUp];

        // Assert
        Assert.All(labTags, tag => Assert.NotEmpty(StepTags.StepsTagged(lab, tag)));
        Assert.All(measureTags, tag => Assert.NotEmpty(StepTags.StepsTagged(measures, tag)));
        Assert.Equal(["labReport"], StepTags.StepsTagged(lab, StepTags.Report));
        Assert.Equal(["followUp3", "followUp6"], StepTags.StepsTagged(lab, StepTags.FollowUp));
    }
}
