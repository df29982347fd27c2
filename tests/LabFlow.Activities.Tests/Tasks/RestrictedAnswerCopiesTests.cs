using LabFlow.Activities.Tests.ShippedFlows;
using LabFlow.Activities.Tests.TestSupport;

namespace LabFlow.Activities.Tests.Tasks;

/// <summary>The answers of a step with its own readers cannot be copied where every lab member reads them.</summary>
public sealed class RestrictedAnswerCopiesTests
{
    private const string Pay = """
        { "id": "pay", "type": "UserTask", "inputs": { "title": "Lönekartläggning", "assignee": { "role": "HR" }, "readers": ["HR", "Sponsor"],
          "form": [ { "key": "gap", "type": "Number", "label": "Löneskillnad" } ] } }
        """;

    private const string Open = """
        { "id": "open", "type": "UserTask", "inputs": { "title": "Insikter", "assignee": { "role": "Coordinator" },
          "form": [ { "key": "gap", "type": "Number", "label": "Insikt" } ] } }
        """;

    private const string Variables = """[ { "name": "gap", "type": "Number" } ]""";

    [Fact]
    public async Task Load_RefusesTheFlowAtTheRestrictedStep_WhenASetVariableCopiesItsAnswers()
    {
        await using var host = new LabTestHost();
        var copy = """{ "id": "copy", "type": "SetVariable", "inputs": { "name": "gap", "value": { "js": "tasks.pay.gap" } } }""";

        var result = host.Load(LabTestHost.Flow(Pay + "," + copy, Chain("pay", "copy"), variables: Variables));

        Assert.False(result.IsValid);
        Assert.Equal(
            "test.json: $.activities[1].inputs.readers: the answers of step 'pay' are read only by HR, Sponsor, but SetVariable 'copy' copies them (inputs.value, tasks.pay) into a lab variable, which every lab member can read; remove the copy, or quote the answers in a SendEmail step, which goes only to the step's readers.",
            Assert.Single(result.Errors).ToString());
    }

    [Fact]
    public async Task Load_RefusesTheFlow_WhenALaterStepsTitleQuotesTheAnswers()
    {
        await using var host = new LabTestHost();
        var next = """
            { "id": "next", "type": "UserTask", "inputs": { "title": { "liquid": "Följ upp gapet {{ tasks[\"pay\"].gap }}" }, "assignee": { "role": "Coordinator" } } }
            """;

        var result = host.Load(LabTestHost.Flow(Pay + "," + next, Chain("pay", "next")));

        Assert.False(result.IsValid);
        Assert.Contains("UserTask 'next' copies them (inputs.title, tasks.pay) into a text everyone who sees that step reads", Assert.Single(result.Errors).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Load_Accepts_WhenAConditionOrAnEmailReadsTheAnswersOrTheStepIsOpen()
    {
        await using var host = new LabTestHost();
        var decide = """{ "id": "decide", "type": "Decision", "inputs": { "condition": { "js": "tasks.pay.gap > 5" } } }""";
        var email = """
            { "id": "tell", "type": "SendEmail", "inputs": { "to": [{ "role": "Sponsor" }], "subject": "Lönegap", "body": { "liquid": "Gapet är {{ tasks.pay.gap }}" } } }
            """;
        var copy = """{ "id": "copy", "type": "SetVariable", "inputs": { "name": "gap", "value": { "js": "tasks.open.gap" } } }""";

        var result = host.Load(LabTestHost.Flow(
            string.Join(",", Pay, Open, decide, email, copy),
            """[ { "from": "start", "to": "pay" }, { "from": "pay", "to": "decide" }, { "from": "decide", "outcome": "True", "to": "tell" }, { "from": "decide", "outcome": "False", "to": "open" }, { "from": "open", "to": "copy" } ]""",
            variables: Variables));

        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Errors));
    }

    [Fact]
    public async Task Load_AcceptsEveryShippedFlow_WhenTheirRestrictedStepsAreChecked()
    {
        await using var host = new LabTestHost();

        var errors = RepositoryPaths.FlowFiles.SelectMany(file => host.Load(File.ReadAllText(file)).Errors).ToList();

        Assert.Empty(errors);
    }

    private static string Chain(string first, string second) =>
        $$"""[ { "from": "start", "to": "{{first}}" }, { "from": "{{first}}", "to": "{{second}}" } ]""";
}
