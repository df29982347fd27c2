using System.Text.Json.Nodes;
using LabFlow.Workflows.Expressions;

namespace LabFlow.Workflows.Tests.Expressions;

public sealed class ExpressionValueTests
{
    private static readonly ExpressionScope Scope = new(
        new JsonObject { ["name"] = "Åsa" },
        new JsonObject { ["count"] = 2 },
        [],
        [],
        new DateTimeOffset(2026, 1, 5, 0, 0, 0, TimeSpan.Zero));

    private readonly JintExpressionEvaluator _evaluator = new(new ExpressionOptions());

    [Theory]
    [InlineData("""{ "js": "1 + 1" }""", ExpressionKind.Script)]
    [InlineData("""{ "liquid": "Hej" }""", ExpressionKind.Template)]
    [InlineData("""{ "js": 5 }""", ExpressionKind.Literal)]
    [InlineData("""{ "js": "1", "other": 2 }""", ExpressionKind.Literal)]
    [InlineData("""{ "JS": "1" }""", ExpressionKind.Literal)]
    [InlineData("\"js\"", ExpressionKind.Literal)]
    [InlineData("[ { \"js\": \"1\" } ]", ExpressionKind.Literal)]
    public void GetKind_RecognisesShape_WhenValueIsWritten(string json, ExpressionKind expected)
    {
        var kind = ExpressionValue.GetKind(JsonNode.Parse(json));

        Assert.Equal(expected, kind);
    }

    [Fact]
    public void GetKind_ReturnsLiteral_WhenValueIsNull()
    {
        Assert.Equal(ExpressionKind.Literal, ExpressionValue.GetKind(null));
    }

    [Fact]
    public void Evaluate_RunsScript_WhenValueIsJs()
    {
        var result = ExpressionValue.Evaluate(JsonNode.Parse("""{ "js": "vars.count * 10" }"""), _evaluator, Scope);

        Assert.Equal("20", result!.ToJsonString());
    }

    [Fact]
    public void Evaluate_RendersTemplate_WhenValueIsLiquid()
    {
        var result = ExpressionValue.Evaluate(JsonNode.Parse("""{ "liquid": "Hej {{ inputs.name }}" }"""), _evaluator, Scope);

        Assert.Equal("Hej Åsa", result!.GetValue<string>());
    }

    [Fact]
    public void Evaluate_ReturnsCopyOfLiteral_WhenValueIsLiteral()
    {
        var raw = JsonNode.Parse("""{ "role": "Facilitator" }""");

        var result = ExpressionValue.Evaluate(raw, _evaluator, Scope);

        Assert.NotSame(raw, result);
        Assert.True(JsonNode.DeepEquals(raw, result));
    }

    [Fact]
    public void LooksLikeBrokenExpression_ReturnsTrue_WhenJsHasExtraProperty()
    {
        Assert.True(ExpressionValue.LooksLikeBrokenExpression(JsonNode.Parse("""{ "js": "1", "x": 1 }""")));
        Assert.False(ExpressionValue.LooksLikeBrokenExpression(JsonNode.Parse("""{ "js": "1" }""")));
    }
}
