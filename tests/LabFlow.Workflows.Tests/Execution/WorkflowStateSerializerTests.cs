using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using LabFlow.Workflows.Execution;

namespace LabFlow.Workflows.Tests.Execution;

/// <summary>
/// The hand-written state document must be the one the reflection serializer wrote before it, byte for byte, and must
/// read every document the serializer read, into the same state.
/// </summary>
public sealed class WorkflowStateSerializerTests
{
    // A lab's state as the previous version stored it (the reflection serializer with the web defaults).
    private const string StoredByPreviousVersion =
        """{"inputs":{"challenge":"J\u00E4mlik rekrytering","count":3},"variables":{"n":2.5,"when":"2026-03-01T08:00:00\u002B01:00","none":null},"outputs":{"kickoff":{"Attendance":12,"notes":["a",{"b":true}]}},"labContext":{"startDate":"2026-02-02","key":"\u003Cb\u003E"},"tokens":[{"id":"0b5c4f7e-9a51-4c1e-8f4a-0d2f1b9a7c11","activityId":"wait","status":"Waiting","arrivedFrom":"start:Done-\u003Ewait","lineage":{"joinAny":"5d6e7f80-1111-4222-8333-944455566677"}},{"id":"1c6d5f8e-aa51-4c1e-8f4a-0d2f1b9a7c22","activityId":"broken","status":"Faulted","arrivedFrom":null,"lineage":null}],"joins":{"join":{"arrived":["a:Done-\u003Ejoin"],"fired":false,"firing":null,"lineage":{"joinAny":"5d6e7f80-1111-4222-8333-944455566677"}},"any":{"arrived":[],"fired":true,"firing":"6e7f8091-2222-4333-8444-a55566677788","lineage":null}},"incidents":[{"id":"7f8091a2-3333-4444-8555-b66677788899","tokenId":"1c6d5f8e-aa51-4c1e-8f4a-0d2f1b9a7c22","activityId":"broken","message":"It failed: \u0022quoted\u0022.","createdAt":"2026-03-02T09:00:00+00:00"}],"journalSequence":41}""";

    private static WorkflowState SampleState()
    {
        var lineage = new Dictionary<string, Guid>(StringComparer.Ordinal) { ["joinAny"] = Guid.NewGuid() };
        var faulted = Guid.NewGuid();
        return new WorkflowState
        {
            Inputs = new JsonObject { ["challenge"] = "Jämlik rekrytering <&>", ["count"] = 3 },
            Variables = new JsonObject { ["n"] = 2.5, ["when"] = new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.FromHours(1)), ["none"] = null, ["big"] = long.MaxValue },
            Outputs = JsonNode.Parse("""{ "kickoff": { "Attendance": 12, "notes": ["a", { "b": true }], "text": "rad 1\nrad 2 \u2028" } }""")!.AsObject(),
            LabContext = new JsonObject { ["startDate"] = "2026-02-02" },
            Tokens =
            [
                new TokenState(Guid.NewGuid(), "wait", TokenStatus.Waiting, "start:Done->wait", lineage),
                new TokenState(faulted, "broken", TokenStatus.Faulted),
            ],
            Joins = new()
            {
                ["join"] = new JoinState { Arrived = ["a:Done->join"], Lineage = lineage },
                ["any"] = new JoinState { Fired = true, Firing = Guid.NewGuid() },
            },
            Incidents = [new Incident(Guid.NewGuid(), faulted, "broken", "It failed: \"quoted\".", new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(2)))],
            JournalSequence = 41,
        };
    }

    private static string SerializedByReflection(WorkflowState state) => JsonSerializer.Serialize(state, WorkflowStateSerializer.Options);

    private static WorkflowState DeserializedByReflection(string json) => JsonSerializer.Deserialize<WorkflowState>(json, WorkflowStateSerializer.Options)!;

    public static TheoryData<string> States() => new()
    {
        "sample",
        "empty",
        "stored",
    };

    private static WorkflowState StateNamed(string name) => name switch
    {
        "sample" => SampleState(),
        "empty" => new WorkflowState(),
        _ => DeserializedByReflection(StoredByPreviousVersion),
    };

    [Theory]
    [MemberData(nameof(States))]
    public void Serialize_WritesTheReflectionSerializersDocument_ByteForByte(string name)
    {
        var state = StateNamed(name);

        var json = WorkflowStateSerializer.Serialize(state);

        Assert.Equal(SerializedByReflection(state), json);
    }

    [Fact]
    public void Serialize_WritesTheReflectionSerializersDocument_WhenCollectionsAndObjectsAreNull()
    {
        var state = new WorkflowState { Inputs = null!, Tokens = null!, Joins = new() { ["j"] = new JoinState { Arrived = null! } }, Incidents = null! };

        Assert.Equal(SerializedByReflection(state), WorkflowStateSerializer.Serialize(state));
    }

    [Fact]
    public void Serialize_IsTheSame_WhenCalledAgainAfterALargeState()
    {
        var large = new WorkflowState { Variables = new JsonObject { ["text"] = new string('x', 100_000) } };
        var small = SampleState();

        WorkflowStateSerializer.Serialize(large);
        var json = WorkflowStateSerializer.Serialize(small);

        Assert.Equal(SerializedByReflection(small), json);
    }

    [Fact]
    public void Deserialize_ReadsAStateStoredByThePreviousVersion()
    {
        var state = WorkflowStateSerializer.Deserialize(StoredByPreviousVersion);

        Assert.Equal(StoredByPreviousVersion, WorkflowStateSerializer.Serialize(state));
        Assert.Equal(41, state.JournalSequence);
        Assert.Equal([TokenStatus.Waiting, TokenStatus.Faulted], state.Tokens.Select(t => t.Status));
        Assert.Equal(Guid.Parse("5d6e7f80-1111-4222-8333-944455566677"), state.Tokens[0].Lineage!["joinAny"]);
        Assert.Null(state.Tokens[1].ArrivedFrom);
        Assert.Null(state.Tokens[1].Lineage);
        Assert.Equal(["a:Done->join"], state.Joins["join"].Arrived);
        Assert.True(state.Joins["any"].Fired);
        Assert.Equal(Guid.Parse("6e7f8091-2222-4333-8444-a55566677788"), state.Joins["any"].Firing);
        var incident = Assert.Single(state.Incidents);
        Assert.Equal("It failed: \"quoted\".", incident.Message);
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero), incident.CreatedAt);
    }

    [Fact]
    public void Deserialize_GivesValuesThatConvertAsTheReflectionSerializersDo()
    {
        var state = WorkflowStateSerializer.Deserialize(StoredByPreviousVersion);
        var byReflection = DeserializedByReflection(StoredByPreviousVersion);

        // Names compare case-insensitively and values are backed by elements, so TryGetValue converts lazily.
        Assert.True(state.Outputs["KICKOFF"]!["attendance"]!.AsValue().TryGetValue<int>(out var attendance));
        Assert.Equal(12, attendance);
        Assert.True(state.Inputs["count"]!.AsValue().TryGetValue<JsonElement>(out _));
        Assert.True(state.Variables["when"]!.AsValue().TryGetValue<DateTimeOffset>(out var when));
        Assert.True(byReflection.Variables["when"]!.AsValue().TryGetValue<DateTimeOffset>(out var whenByReflection));
        Assert.Equal(whenByReflection, when);
        Assert.Equal(byReflection.Inputs["count"]!.GetValueKind(), state.Inputs["count"]!.GetValueKind());
        Assert.Equal(byReflection.Tokens, state.Tokens, TokenComparer);
    }

    public static TheoryData<string> DocumentsOfOtherShapes() => new()
    {
        // Names in another case, as the serializer's web defaults accept.
        """{"Inputs":{"a":1},"TOKENS":[{"Id":"0b5c4f7e-9a51-4c1e-8f4a-0d2f1b9a7c11","ActivityId":"w","Status":"Waiting"}],"journalSequence":2}""",
        // A property this version does not know, and properties left out.
        """{"inputs":{"a":1},"somethingNew":[1,2],"journalSequence":3}""",
        // An enum as its number, a sequence as a string (the web defaults read numbers from strings).
        """{"tokens":[{"id":"0b5c4f7e-9a51-4c1e-8f4a-0d2f1b9a7c11","activityId":"w","status":1,"arrivedFrom":null,"lineage":null}],"journalSequence":"4"}""",
        // A token without the optional parameters, and objects written as null.
        """{"inputs":null,"outputs":{},"tokens":[{"id":"0b5c4f7e-9a51-4c1e-8f4a-0d2f1b9a7c11","activityId":"w","status":"Waiting"}],"joins":{"j":{"fired":true}},"incidents":null}""",
    };

    [Theory]
    [MemberData(nameof(DocumentsOfOtherShapes))]
    [InlineData("{}")]
    [InlineData("""{"inputs":null,"variables":{"x":[]},"tokens":null,"joins":null,"incidents":[],"journalSequence":7}""")]
    public void Deserialize_ReadsAsTheReflectionSerializerDoes_WhenPropertiesAreMissingOrOfAnotherShape(string json)
    {
        var state = WorkflowStateSerializer.Deserialize(json);

        Assert.Equal(SerializedByReflection(DeserializedByReflection(json)), SerializedByReflection(state));
    }

    [Theory]
    [MemberData(nameof(States))]
    public void TryRead_ReadsWithoutTheReflectionSerializer_WhenTheDocumentIsAsWritten(string name)
    {
        var json = WorkflowStateSerializer.Serialize(StateNamed(name));

        var state = WorkflowStateSerializer.TryRead(Encoding.UTF8.GetBytes(json));

        Assert.NotNull(state);
        Assert.Equal(SerializedByReflection(DeserializedByReflection(json)), WorkflowStateSerializer.Serialize(state));
    }

    [Theory]
    [MemberData(nameof(DocumentsOfOtherShapes))]
    public void TryRead_LeavesTheDocumentToTheReflectionSerializer_WhenItHasAnotherShape(string json)
    {
        Assert.Null(WorkflowStateSerializer.TryRead(Encoding.UTF8.GetBytes(json)));
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{"inputs":{"a":1""")]
    public void Deserialize_ThrowsJsonException_WhenTheTextIsNotJson(string json)
    {
        Assert.ThrowsAny<JsonException>(() => WorkflowStateSerializer.Deserialize(json));
    }

    private static readonly IEqualityComparer<TokenState> TokenComparer = EqualityComparer<TokenState>.Create(
        (a, b) => a!.Id == b!.Id && a.ActivityId == b.ActivityId && a.Status == b.Status && a.ArrivedFrom == b.ArrivedFrom
            && (a.Lineage ?? new Dictionary<string, Guid>()).OrderBy(p => p.Key).SequenceEqual((b.Lineage ?? new Dictionary<string, Guid>()).OrderBy(p => p.Key)),
        token => token.Id.GetHashCode());
}
