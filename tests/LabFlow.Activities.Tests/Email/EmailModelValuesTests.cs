using System.Text.Json.Nodes;
using LabFlow.Activities.Email;

namespace LabFlow.Activities.Tests.Email;

public sealed class EmailModelValuesTests
{
    [Fact]
    public void ToDictionary_GivesTheValuesItsJsonTextGives_WhenNodesHoldOtherClrTypes()
    {
        var id = Guid.Parse("4f1c2b7e-0000-4000-8000-000000000001");
        var model = new JsonObject
        {
            ["count"] = 3,
            ["ratio"] = 0.25,
            ["big"] = 1e3,
            ["id"] = id,
            ["due"] = JsonValue.Create(new DateOnly(2025, 3, 14)),
            ["title"] = "Intervju",
            ["done"] = false,
            ["none"] = null,
            ["items"] = new JsonArray(1, "a", new JsonObject { ["x"] = true }),
            ["parsed"] = JsonNode.Parse("""{"n": 12.50, "s": "t"}"""),
        };

        var values = EmailModelValues.ToDictionary(model);

        Assert.Equal(3m, values["count"]);
        Assert.Equal(0.25m, values["ratio"]);
        Assert.Equal(1000m, values["big"]);
        Assert.Equal(id.ToString(), values["id"]);
        Assert.Equal("2025-03-14", values["due"]);
        Assert.Equal("Intervju", values["title"]);
        Assert.Equal(false, values["done"]);
        Assert.Null(values["none"]);
        var items = Assert.IsType<List<object?>>(values["items"]);
        Assert.Equal(1m, items[0]);
        Assert.Equal("a", items[1]);
        Assert.Equal(true, Assert.IsType<Dictionary<string, object?>>(items[2])["x"]);
        var parsed = Assert.IsType<Dictionary<string, object?>>(values["parsed"]);
        Assert.Equal(12.50m, parsed["n"]);
        Assert.Equal("t", parsed["s"]);
    }
}
