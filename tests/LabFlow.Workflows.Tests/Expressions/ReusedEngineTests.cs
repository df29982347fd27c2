using System.Text.Json.Nodes;
using LabFlow.Workflows.Expressions;

namespace LabFlow.Workflows.Tests.Expressions;

/// <summary>Engines are reused between scripts; nothing one script does may be visible to the next.</summary>
public sealed class ReusedEngineTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 5, 9, 30, 0, TimeSpan.Zero);

    private readonly JintExpressionEvaluator _evaluator = new(new ExpressionOptions());

    private static ExpressionScope Scope(string vars = "{}") =>
        new([], JsonNode.Parse(vars)!.AsObject(), [], [], Now);

    private string? Run(string script, string vars = "{}") => _evaluator.EvaluateScript(script, Scope(vars))?.ToJsonString();

    [Fact]
    public void EvaluateScript_GivesTheSameAnswer_WhenRunManyTimes()
    {
        var answers = Enumerable.Range(0, 50).Select(i => Run("vars.n + 1", $$"""{ "n": {{i}} }""")).ToList();

        Assert.Equal(Enumerable.Range(1, 50).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), answers);
    }

    [Fact]
    public void EvaluateScript_DoesNotSeeAnEarlierGlobal_WhenAnEarlierScriptAddedOne()
    {
        Run("globalThis.leak = 1; 0");

        var result = Run("typeof leak");

        Assert.Equal("\"undefined\"", result);
    }

    [Fact]
    public void EvaluateScript_DoesNotSeeAnEarlierDeclaration_WhenAnEarlierScriptDeclaredAtTopLevel()
    {
        Run("let declared = 1; var other = 2; declared + other");

        var result = Run("let declared = 5; typeof other + declared");

        Assert.Equal("\"undefined5\"", result);
    }

    [Fact]
    public void EvaluateScript_FailsWithoutChangingBuiltIns_WhenScriptChangesAPrototype()
    {
        var exception = Assert.Throws<ExpressionException>(() => Run("Object.prototype.injected = 1; 0"));

        Assert.Contains("TypeError", exception.Message, StringComparison.Ordinal);
        Assert.Equal("\"undefined\"", Run("typeof ({}).injected"));
    }

    [Fact]
    public void EvaluateScript_KeepsThePrelude_WhenScriptReplacesAHelper()
    {
        Assert.Throws<ExpressionException>(() => Run("addDays = function () { return 0; }; 0"));

        var result = Run("addDays('2026-01-05', 1)");

        Assert.Equal("\"2026-01-06T00:00:00.000Z\"", result);
    }

    [Fact]
    public void EvaluateScript_SeesFreshScope_WhenAnEarlierScriptChangedItsScope()
    {
        Run("vars.n = 99; vars.extra = true; 0", """{ "n": 1 }""");

        var result = Run("[vars.n, typeof vars.extra]", """{ "n": 1 }""");

        Assert.Equal("""[1,"undefined"]""", result);
    }

    [Fact]
    public void EvaluateScript_DoesNotSeeAnEarlierSymbolGlobal_WhenAnEarlierScriptAddedOne()
    {
        Run("globalThis[Symbol.for('leak')] = 1; 0");

        var result = Run("typeof globalThis[Symbol.for('leak')]");

        Assert.Equal("\"undefined\"", result);
    }

    [Fact]
    public void EvaluateScript_SeesItsOwnValue_WhenScriptReassignsAScopeName()
    {
        var own = Run("vars = { n: 5 }; vars.n", """{ "n": 1 }""");

        var next = Run("vars.n", """{ "n": 2 }""");

        Assert.Equal(("5", "2"), (own, next));
    }

    [Fact]
    public void EvaluateScript_SeesTheScope_WhenScriptReadsItThroughGlobalThis()
    {
        var result = Run("[globalThis.vars.n, typeof globalThis.now.getTime(), globalThis.vars === vars]", """{ "n": 3 }""");

        Assert.Equal("""[3,"number",true]""", result);
    }

    [Fact]
    public void EvaluateScript_FailsWithoutLeaking_WhenScriptHangsDataOnAScopeAccessor()
    {
        var exception = Assert.Throws<ExpressionException>(() => Run("Object.getOwnPropertyDescriptor(globalThis, 'vars').get.leak = 1; 0"));

        Assert.Contains("TypeError", exception.Message, StringComparison.Ordinal);
        Assert.Equal("\"undefined\"", Run("typeof Object.getOwnPropertyDescriptor(globalThis, 'vars').get.leak"));
    }

    [Fact]
    public void EvaluateScript_KeepsTheScopeBound_WhenScriptTriesToRedefineAScopeName()
    {
        Assert.Throws<ExpressionException>(() => Run("Object.defineProperty(globalThis, 'vars', { value: { n: 99 } }); 0"));

        var result = Run("vars.n", """{ "n": 4 }""");

        Assert.Equal("4", result);
    }
}
