using System.Text.Json.Nodes;
using LabFlow.Workflows.Expressions;

namespace LabFlow.Workflows.Tests.Expressions;

/// <summary>
/// The shortcut answers small expressions without the engine; wherever it answers, it must answer what the engine
/// answers, for every kind of value a scope can hold, and give up wherever it cannot.
/// </summary>
public sealed class ScriptShortcutTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 5, 9, 30, 0, TimeSpan.Zero);

    // The sandboxed engine alone: what every script answered before the shortcut.
    private static readonly JintExpressionEvaluator EngineOnly = new(new ExpressionOptions()) { UseShortcuts = false };

    private static readonly string[] Values =
    [
        "0", "-0", "1", "2", "1.5", "-2", "0.1", "1e21", "1e-7", "9007199254740993", "123456789012345678901234567890",
        "\"\"", "\"a\"", "\"b\"", "\"5\"", "\" 5 \"", "\"true\"", "\"null\"", "\"Läge\"", "\"😀\"", "\"\\ud800\"",
        "true", "false", "null", "{}", "[]", "{\"x\":1}", "[1]",
    ];

    public static TheoryData<string> Expressions =>
    [
        "vars.a + vars.b", "vars.a - vars.b", "vars.a * vars.b", "vars.a / vars.b",
        "vars.a < vars.b", "vars.a <= vars.b", "vars.a > vars.b", "vars.a >= vars.b",
        "vars.a === vars.b", "vars.a !== vars.b", "vars.a == vars.b", "vars.a != vars.b",
        "vars.a && vars.b", "vars.a || vars.b", "vars.a ?? vars.b", "!vars.a", "-vars.a", "!!vars.a",
        "vars.a ? vars.b : 'no'", "vars['a'] + 1", "(vars.a) + 'x'", "'x' + vars.a + vars.b", "vars.a + 1 + vars.b",
        "vars.a + 1", "vars.a - 1", "vars.a > 100000", "vars.a === 'b'", "vars.a !== 'stop'", "vars.a == null",
        "vars.a >= (vars.b > 1 ? 2 : 1)", "vars.a.x + 1", "tasks.t.answer === vars.b", "inputs.x * 2", "lab.key + ''",
        "-1 + vars.a", "1 / 0 + vars.a", "vars.a || 0", "vars.a && 'yes'", "null ?? vars.b", "true + vars.a",
    ];

    private static ExpressionScope Scope(string a, string b) =>
        new(
            JsonNode.Parse($$"""{ "x": {{a}} }""")!.AsObject(),
            JsonNode.Parse($$"""{ "a": {{a}}, "b": {{b}} }""")!.AsObject(),
            JsonNode.Parse($$"""{ "t": { "answer": {{a}} } }""")!.AsObject(),
            JsonNode.Parse($$"""{ "key": {{a}} }""")!.AsObject(),
            Now);

    // Compiled from what the evaluator compiles it from: Jint's prepared form of the script.
    private static ScriptShortcut? Compile(string script) => ScriptShortcut.Compile(Jint.Engine.PrepareScript(script, "test", strict: true).Program!);

    private static string Describe(Func<JsonNode?> evaluate)
    {
        try
        {
            return evaluate() is { } node ? $"{node.GetValueKind()} {node.ToJsonString()}" : "null";
        }
        catch (Exception exception) when (exception is ExpressionException or InvalidOperationException)
        {
            // InvalidOperationException: a lone surrogate in the scope's JSON cannot be read as a string, by either.
            return $"throws {exception.GetType().Name}: {exception.Message}";
        }
    }

    [Theory]
    [MemberData(nameof(Expressions))]
    public void TryEvaluate_AnswersWhatTheEngineAnswers_WhereverItAnswers(string script)
    {
        var shortcut = Compile(script);
        Assert.NotNull(shortcut);

        var answered = 0;
        foreach (var a in Values)
        {
            foreach (var b in Values)
            {
                var scope = Scope(a, b);
                var expected = Describe(() => EngineOnly.EvaluateScript(script, scope));
                if (shortcut.TryEvaluate(scope, out var result))
                {
                    answered++;
                    Assert.Equal(expected, Describe(() => result));
                }
            }
        }

        Assert.True(answered > 0, $"The shortcut never answered '{script}'.");
    }

    [Theory]
    [MemberData(nameof(Expressions))]
    public void EvaluateScript_AnswersAsTheEngineAlone_WithTheShortcutOn(string script)
    {
        var evaluator = new JintExpressionEvaluator(new ExpressionOptions());
        foreach (var a in Values)
        {
            var scope = Scope(a, "1");

            Assert.Equal(Describe(() => EngineOnly.EvaluateScript(script, scope)), Describe(() => evaluator.EvaluateScript(script, scope)));
        }
    }

    [Theory]
    [InlineData("vars.missing + 1", "1")]
    [InlineData("vars.a.x", "[1]")]
    [InlineData("vars.a.x", "{\"y\":1}")]
    [InlineData("vars.a.x", "null")]
    [InlineData("vars.a", "{}")]
    [InlineData("vars.a + 1", "[1]")]
    public void TryEvaluate_GivesUp_WhenAReadIsNotAnOwnPrimitive(string script, string a)
    {
        var shortcut = Compile(script)!;

        Assert.False(shortcut.TryEvaluate(Scope(a, "1"), out _));
    }

    [Theory]
    [InlineData("vars.a - vars.b")]
    [InlineData("vars.a < vars.b")]
    [InlineData("vars.a == vars.b")]
    [InlineData("-vars.a")]
    public void TryEvaluate_GivesUp_WhenAStringWouldBeReadAsANumber(string script)
    {
        var shortcut = Compile(script)!;

        Assert.False(shortcut.TryEvaluate(Scope("\"5\"", "5"), out _));
    }

    [Theory]
    [InlineData("vars")]
    [InlineData("now")]
    [InlineData("undefined")]
    [InlineData("x")]
    [InlineData("vars.a % 2")]
    [InlineData("vars.a ** 2")]
    [InlineData("typeof vars.a")]
    [InlineData("vars?.a")]
    [InlineData("vars.a.map(function (x) { return x; })")]
    [InlineData("addDays(vars.a, 1)")]
    [InlineData("vars.a = 1")]
    [InlineData("vars.__proto__")]
    [InlineData("vars[vars.b]")]
    [InlineData("let x = 1; x")]
    [InlineData("vars.a; vars.b")]
    [InlineData("'use strict'")]
    [InlineData("`${vars.a}`")]
    [InlineData("[vars.a]")]
    public void Compile_GivesNoShortcut_WhenTheScriptIsOutsideTheSubset(string script)
    {
        Assert.Null(Compile(script));
    }

    [Fact]
    public void Compile_GivesNoShortcut_WhenTheExpressionIsLarge()
    {
        var script = string.Join(" + ", Enumerable.Repeat("vars.a", 40));

        Assert.Null(Compile(script));
    }

    [Fact]
    public void Compile_GivesNoShortcut_WhenAPropertyChainIsLong()
    {
        Assert.NotNull(Compile("vars" + string.Concat(Enumerable.Repeat(".a", 10))));
        Assert.Null(Compile("vars" + string.Concat(Enumerable.Repeat(".a", 100))));
    }

    [Fact]
    public void EvaluateScript_LeavesALongConcatenationToTheEngine_WhenTheStringWouldBeLong()
    {
        var text = new string('x', (ScriptShortcut.MaxStringLength / 2) + 1);
        var scope = Scope($"\"{text}\"", "1");
        var shortcut = Compile("vars.a + vars.a")!;

        Assert.False(shortcut.TryEvaluate(scope, out _));
        Assert.Equal(text.Length * 2, new JintExpressionEvaluator(new ExpressionOptions()).EvaluateScript("vars.a + vars.a", scope)!.GetValue<string>().Length);
    }

    [Fact]
    public void EvaluateScript_StillStopsAHugeString_WhenTheShortcutGivesUpOnIt()
    {
        // Twelve doublings of 8 KiB build 32 MiB: past the engine's memory limit, and never taken by the shortcut.
        var evaluator = new JintExpressionEvaluator(new ExpressionOptions());
        var scope = Scope($"\"{new string('x', 8 * 1024)}\"", "1");

        var exception = Assert.Throws<ExpressionException>(() => evaluator.EvaluateScript("var s = vars.a; for (var i = 0; i < 12; i++) { s = s + s; } s.length", scope));

        Assert.Contains("memory", exception.Message, StringComparison.Ordinal);
    }
}
