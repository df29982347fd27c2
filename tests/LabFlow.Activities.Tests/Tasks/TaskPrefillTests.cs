using System.Text.Json.Nodes;
using LabFlow.Activities.Tasks;
using LabFlow.Activities.Tests.TestSupport;

namespace LabFlow.Activities.Tests.Tasks;

/// <summary>Forms that start from earlier answers: the loader's checks of <c>initial</c> and the prefilled draft at run time.</summary>
public sealed class TaskPrefillTests
{
    private const string Baseline = """
        { "id": "baseline", "type": "UserTask", "inputs": { "title": "Nuläge", "assignee": { "role": "Coordinator" },
          "readers": ["Sponsor", "doers"],
          "form": [
            { "key": "indicators", "type": "Group", "label": "Indikatorer", "fields": [
              { "key": "indicator", "type": "Text", "label": "Indikator" },
              { "key": "women", "type": "Number", "label": "Kvinnor" },
              { "key": "men", "type": "Number", "label": "Män" } ] },
            { "key": "sickLeave", "type": "Number", "label": "Sjukfrånvaro" } ] } }
        """;

    private const string FollowUp = """
        { "id": "followUp", "type": "UserTask", "inputs": { "title": "Uppföljning", "assignee": { "role": "Coordinator" },
          "form": [
            { "key": "indicators", "type": "Group", "label": "Indikatorer", "required": true,
              "initial": { "js": "tasks.baseline.indicators.map(function (row) { return { indicator: row.indicator, baselineWomen: row.women, author: 'x' }; })" },
              "fields": [
                { "key": "indicator", "type": "Text", "label": "Indikator", "required": true },
                { "key": "baselineWomen", "type": "Number", "label": "Nuläge kvinnor" },
                { "key": "nowWomen", "type": "Number", "label": "Nu kvinnor", "required": true } ] },
            { "key": "sickLeave", "type": "Number", "label": "Sjukfrånvaro då", "initial": "tasks.baseline.sickLeave" },
            { "key": "comment", "type": "LongText", "label": "Kommentar" } ] } }
        """;

    private static readonly string Flow = LabTestHost.Flow(
        Baseline + "," + FollowUp,
        """[ { "from": "start", "to": "baseline" }, { "from": "baseline", "to": "followUp" } ]""");

    private static readonly JsonObject BaselineAnswers = LabTestHost.Answers("""
        { "indicators": [ { "indicator": "Sjukfrånvaro", "women": 7.5, "men": 4 }, { "indicator": "Heltid", "women": 60, "men": 85 } ], "sickLeave": 6 }
        """);

    [Fact]
    public async Task GetAsync_ShowsValuesFromTheEarlierStep_WhenTheAssigneeOpensTheTask()
    {
        await using var host = new LabTestHost();
        var followUp = await ReachFollowUpAsync(host);

        var shown = await host.Tasks.GetAsync(followUp.Id, LabTestHost.Coordinator1.Id, host.Token);

        Assert.Equal(
            """{"indicators":[{"indicator":"Sjukfrånvaro","baselineWomen":7.5},{"indicator":"Heltid","baselineWomen":60}],"sickLeave":6}""",
            shown.Draft!.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }

    [Fact]
    public async Task CompleteAsync_KeepsThePersonsChanges_WhenAPrefilledValueIsEdited()
    {
        await using var host = new LabTestHost();
        var followUp = await ReachFollowUpAsync(host);
        var answers = (await host.Tasks.GetAsync(followUp.Id, LabTestHost.Coordinator1.Id, host.Token)).Draft!;
        // As a browser or the API sends it: parsed JSON numbers.
        answers["sickLeave"] = JsonNode.Parse("5");
        foreach (var row in answers["indicators"]!.AsArray())
        {
            row!["nowWomen"] = JsonNode.Parse("50");
        }

        var result = await host.Tasks.CompleteAsync(followUp.Id, LabTestHost.Coordinator1.Id, null, answers, host.Token);

        Assert.True(result.Status == TaskCompletionStatus.Completed, string.Join("; ", result.Errors.Select(e => e.ToString())));
        Assert.Equal(5, result.Task.Answers!["sickLeave"]!.GetValue<decimal>());
        Assert.Equal(7.5m, result.Task.Answers!["indicators"]![0]!["baselineWomen"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task GetAsync_KeepsWhatThePersonTyped_WhenTheDraftHoldsTheField()
    {
        await using var host = new LabTestHost();
        var followUp = await ReachFollowUpAsync(host);
        // A completion that fails validation keeps what was typed as the draft (here: sickLeave changed, the table emptied).
        var failed = await host.Tasks.CompleteAsync(followUp.Id, LabTestHost.Coordinator1.Id, null, LabTestHost.Answers("""{ "sickLeave": 3, "indicators": [] }"""), host.Token);
        Assert.Equal(TaskCompletionStatus.Invalid, failed.Status);

        var shown = await host.Tasks.GetAsync(followUp.Id, LabTestHost.Coordinator1.Id, host.Token);

        Assert.Equal("""{"sickLeave":3,"indicators":[]}""", shown.Draft!.ToJsonString());
    }

    [Theory]
    // Coordinator2 is a candidate of the follow-up but did not do the baseline, whose readers are the sponsor and its doers.
    [InlineData("coordinator2")]
    // The facilitator sees the task but does not complete it.
    [InlineData("facilitator")]
    public async Task GetAsync_ShowsNoPrefill_WhenTheViewerMayNotReadTheEarlierStepOrDoesNotDoTheTask(string viewer)
    {
        await using var host = new LabTestHost();
        var followUp = await ReachFollowUpAsync(host);
        var viewerId = viewer == "facilitator" ? LabTestHost.Facilitator.Id : LabTestHost.Coordinator2.Id;

        var shown = await host.Tasks.GetAsync(followUp.Id, viewerId, host.Token);

        Assert.Null(shown.Draft);
    }

    [Fact]
    public async Task Load_Refuses_WhenTheStepReadCannotHaveRunBefore()
    {
        await using var host = new LabTestHost();

        // followUp comes first here: baseline runs only after it.
        var result = host.Load(LabTestHost.Flow(
            Baseline + "," + FollowUp,
            """[ { "from": "start", "to": "followUp" }, { "from": "followUp", "to": "baseline" } ]"""));

        Assert.False(result.IsValid);
        Assert.Equal(
            [
                "test.json: $.activities[2].inputs.form[0].initial: field 'indicators' starts from step 'baseline', which cannot have run before step 'followUp' on any path (no connections lead from 'baseline' to 'followUp'); start from a step that comes before it, or connect them.",
                "test.json: $.activities[2].inputs.form[1].initial: field 'sickLeave' starts from step 'baseline', which cannot have run before step 'followUp' on any path (no connections lead from 'baseline' to 'followUp'); start from a step that comes before it, or connect them.",
            ],
            result.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public async Task Load_Refuses_WhenTheAssigneeIsNotAmongTheReadersOfTheStepRead()
    {
        await using var host = new LabTestHost();
        var facilitatorFollowUp = FollowUp.Replace("\"assignee\": { \"role\": \"Coordinator\" }", "\"assignee\": { \"role\": \"Facilitator\" }", StringComparison.Ordinal);

        var result = host.Load(LabTestHost.Flow(
            Baseline + "," + facilitatorFollowUp,
            """[ { "from": "start", "to": "baseline" }, { "from": "baseline", "to": "followUp" } ]"""));

        Assert.False(result.IsValid);
        Assert.Equal(
            "test.json: $.activities[2].inputs.form[1].initial: field 'sickLeave' starts from step 'baseline', whose answers only Sponsor and the people who did it may read, and this step's assignee (Facilitator) is not among them; add \"Facilitator\" to the readers of step 'baseline', or start from another step.",
            result.Errors[1].ToString());
        Assert.Equal(2, result.Errors.Count);
    }

    [Fact]
    public async Task Load_RefusesEveryWrongReference_WithItsPath()
    {
        await using var host = new LabTestHost();
        var wrong = """
            { "id": "wrong", "type": "UserTask", "inputs": { "title": "Fel", "assignee": { "role": "Coordinator" },
              "form": [
                { "key": "a", "type": "Number", "label": "A", "initial": "tasks.baseline.sickLeaf" },
                { "key": "b", "type": "Number", "label": "B", "initial": "tasks.basline.sickLeave" },
                { "key": "c", "type": "Number", "label": "C", "initial": "vars.missing" },
                { "key": "d", "type": "Number", "label": "D", "initial": { "js": "tasks.baseline.sickLeave +" } } ] } }
            """;

        var result = host.Load(LabTestHost.Flow(
            Baseline + "," + wrong,
            """[ { "from": "start", "to": "baseline" }, { "from": "baseline", "to": "wrong" } ]"""));

        Assert.Equal(
            [
                "$.activities[2].inputs.form[0].initial",
                "$.activities[2].inputs.form[1].initial",
                "$.activities[2].inputs.form[2].initial",
                "$.activities[2].inputs.form[3].initial",
            ],
            result.Errors.Select(e => e.Path).Order(StringComparer.Ordinal));
        Assert.Contains(result.Errors, e => e.Message.StartsWith("field 'a' starts from 'tasks.baseline.sickLeaf', but step 'baseline' has no field 'sickLeaf' (did you mean 'sickLeave'?)", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.Message.StartsWith("field 'b' starts from step 'basline', which the flow does not have (did you mean 'baseline'?)", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.Message.StartsWith("field 'c' starts from variable 'missing', which the flow does not declare", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.Message.StartsWith("the initial value of field 'd' does not parse", StringComparison.Ordinal));
    }

    private static async Task<LabTask> ReachFollowUpAsync(LabTestHost host)
    {
        var lab = await host.LaunchAsync(Flow);
        var baseline = await host.OpenTaskAsync(lab.Id, "baseline");
        var done = await host.Tasks.CompleteAsync(baseline.Id, LabTestHost.Coordinator1.Id, null, BaselineAnswers, host.Token);
        Assert.Equal(TaskCompletionStatus.Completed, done.Status);
        return await host.OpenTaskAsync(lab.Id, "followUp");
    }
}
