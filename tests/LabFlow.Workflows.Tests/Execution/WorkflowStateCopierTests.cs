using System.Text.Json;
using System.Text.Json.Nodes;
using LabFlow.Workflows.Execution;

namespace LabFlow.Workflows.Tests.Execution;

/// <summary>The typed copy of a lab's state must be what the JSON round trip through the serializer gives.</summary>
public sealed class WorkflowStateCopierTests
{
    private static WorkflowState SampleState()
    {
        var lineage = new Dictionary<string, Guid>(StringComparer.Ordinal) { ["joinAny"] = Guid.NewGuid() };
        return new WorkflowState
        {
            Inputs = new JsonObject { ["challenge"] = "Jämlik rekrytering", ["count"] = 3 },
            Variables = new JsonObject { ["n"] = 2.5, ["when"] = new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.FromHours(1)), ["none"] = null },
            Outputs = JsonNode.Parse("""{ "kickoff": { "Attendance": 12, "notes": ["a", { "b": true }] } }""")!.AsObject(),
            LabContext = new JsonObject { ["startDate"] = "2026-02-02" },
            Tokens = [new TokenState(Guid.NewGuid(), "wait", TokenStatus.Waiting, "start:Done->wait", lineage)],
            Joins = new() { ["join"] = new JoinState { Arrived = ["a:Done->join"], Lineage = lineage } },
            Incidents = [new Incident(Guid.NewGuid(), Guid.NewGuid(), "broken", "It failed.", new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero))],
            JournalSequence = 41,
        };
    }

    [Fact]
    public void Copy_SerializesAsTheRoundTrip_WhenStateHoldsValuesMadeInDotNet()
    {
        var state = SampleState();
        var roundTrip = WorkflowStateSerializer.Deserialize(WorkflowStateSerializer.Serialize(state));

        var copy = WorkflowStateCopier.Copy(state);

        Assert.Equal(WorkflowStateSerializer.Serialize(roundTrip), WorkflowStateSerializer.Serialize(copy));
    }

    [Fact]
    public void Copy_ReadsNamesCaseInsensitivelyAndConvertsValues_AsTheRoundTripDoes()
    {
        var copy = WorkflowStateCopier.Copy(SampleState());

        var attendance = copy.Outputs["KICKOFF"]?["attendance"];

        Assert.True(attendance!.AsValue().TryGetValue<int>(out var number));
        Assert.Equal(12, number);
        Assert.True(copy.Inputs["count"]!.AsValue().TryGetValue<JsonElement>(out _));
        Assert.True(copy.Variables["when"]!.AsValue().TryGetValue<DateTimeOffset>(out var when));
        Assert.Equal(new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.FromHours(1)), when);
    }

    [Fact]
    public void Copy_SharesNothingChangeable_WhenTheOriginalChangesAfterwards()
    {
        var state = SampleState();
        var copy = WorkflowStateCopier.Copy(state);

        state.Variables["n"] = 99;
        state.Outputs["kickoff"]!["notes"]!.AsArray().Add("c");
        state.Joins["join"].Arrived.Add("b:Done->join");
        ((Dictionary<string, Guid>)state.Tokens[0].Lineage!)["other"] = Guid.NewGuid();

        Assert.Equal(2.5, copy.Variables["n"]!.GetValue<double>());
        Assert.Equal(2, copy.Outputs["kickoff"]!["notes"]!.AsArray().Count);
        Assert.Single(copy.Joins["join"].Arrived);
        Assert.Single(copy.Tokens[0].Lineage!);
    }
}
