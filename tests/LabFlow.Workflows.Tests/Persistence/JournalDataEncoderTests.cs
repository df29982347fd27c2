using System.Text.Json;
using System.Text.Json.Nodes;
using LabFlow.Workflows.Persistence.InMemory;

namespace LabFlow.Workflows.Tests.Persistence;

/// <summary>The in-memory store's encoding of journal data must be the serializer's, byte for byte.</summary>
public sealed class JournalDataEncoderTests
{
    [Fact]
    public void Encode_GivesTheSerializersBytes_WhenDataHasNestedParsedAndDotNetValues()
    {
        var data = new JsonObject
        {
            ["name"] = "Jämlik <rekrytering> & \"mer\"",
            ["value"] = JsonNode.Parse("""{ "n": 2.50, "list": [1, "två", null, { "ok": true }] }"""),
            ["when"] = new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.FromHours(1)),
            ["none"] = null,
        };

        var first = JournalDataEncoder.Encode(data);
        var second = JournalDataEncoder.Encode(new JsonObject { ["n"] = 1 });

        Assert.Equal(JsonSerializer.SerializeToUtf8Bytes(data), first);
        Assert.Equal("""{"n":1}"""u8.ToArray(), second);
    }

    [Fact]
    public void Encode_Throws_WhenDataIsDeeperThanTheSerializerAllows()
    {
        var data = new JsonObject();
        var current = data;
        for (var depth = 0; depth < 70; depth++)
        {
            var inner = new JsonObject();
            current["next"] = inner;
            current = inner;
        }

        Assert.ThrowsAny<Exception>(() => JsonSerializer.SerializeToUtf8Bytes(data));
        Assert.ThrowsAny<InvalidOperationException>(() => JournalDataEncoder.Encode(data));
    }
}
