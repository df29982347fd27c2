using System.Text.Json.Nodes;
using LabFlow.Workflows.Expressions;

namespace LabFlow.Workflows.Tests.Expressions;

public sealed class JintExpressionEvaluatorTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 5, 9, 30, 0, TimeSpan.Zero);

    private readonly JintExpressionEvaluator _evaluator = new(new ExpressionOptions());

    private static ExpressionScope Scope(string inputs = "{}", string vars = "{}", string tasks = "{}", string lab = "{}") =>
        new(JsonNode.Parse(inputs)!.AsObject(), JsonNode.Parse(vars)!.AsObject(), JsonNode.Parse(tasks)!.AsObject(), JsonNode.Parse(lab)!.AsObject(), Now);

    private string? Run(string script, ExpressionScope? scope = null) =>
        _evaluator.EvaluateScript(script, scope ?? Scope())?.ToJsonString();

    [Fact]
    public void EvaluateScript_ReturnsNumber_WhenArithmetic()
    {
        var result = Run("(2 + 3) * 4");

        Assert.Equal("20", result);
    }

    [Fact]
    public void EvaluateScript_ReadsScope_WhenVariablesInputsTasksAndLabAreUsed()
    {
        var scope = Scope(
            inputs: """{ "challenge": "Jämlik rekrytering" }""",
            vars: """{ "insightCount": 4 }""",
            tasks: """{ "kickoff": { "attendance": 12 } }""",
            lab: """{ "startDate": "2026-01-05" }""");

        var result = Run("({ c: inputs.challenge, enough: vars.insightCount + 1 >= 5, people: tasks.kickoff.attendance, start: lab.startDate })", scope);

        Assert.Equal("""{"c":"Jämlik rekrytering","enough":true,"people":12,"start":"2026-01-05"}""", JsonNode.Parse(result!)!.ToJsonString(new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }

    [Fact]
    public void EvaluateScript_ReturnsNull_WhenScriptEndsInUndefined()
    {
        var result = _evaluator.EvaluateScript("undefined", Scope());

        Assert.Null(result);
    }

    [Fact]
    public void EvaluateScript_ReturnsIsoString_WhenScriptReturnsNow()
    {
        var result = Run("now");

        Assert.Equal("\"2026-01-05T09:30:00.000Z\"", result);
    }

    [Theory]
    [InlineData("addDays('2026-01-05', 30)", "\"2026-02-04T00:00:00.000Z\"")]
    [InlineData("addDays(date('2026-01-05'), -5)", "\"2025-12-31T00:00:00.000Z\"")]
    [InlineData("addMonths('2026-01-31', 1)", "\"2026-02-28T00:00:00.000Z\"")]
    [InlineData("addMonths(lab.startDate, 6)", "\"2026-07-05T00:00:00.000Z\"")]
    [InlineData("addHours(now, 2)", "\"2026-01-05T11:30:00.000Z\"")]
    [InlineData("daysBetween('2026-01-05', '2026-03-01')", "55")]
    [InlineData("daysBetween(now, lab.startDate)", "0")]
    [InlineData("date('2026-01-05').getUTCDay()", "1")]
    public void EvaluateScript_ComputesDates_WhenDateHelpersAreUsed(string script, string expected)
    {
        var result = Run(script, Scope(lab: """{ "startDate": "2026-01-05" }"""));

        Assert.Equal(expected, result);
    }

    [Fact]
    public void EvaluateScript_Throws_WhenDateHelperGetsNoDate()
    {
        var error = Assert.Throws<ExpressionException>(() => Run("addDays('next week', 1)"));

        Assert.Equal(
            "The script failed: TypeError: addDays(date, days): date must be a date (a Date or an ISO 8601 string such as '2026-01-05'), not \"next week\"",
            error.Message);
    }

    [Fact]
    public void EvaluateScript_StopsWithStatementMessage_WhenLoopIsEndless()
    {
        var error = Assert.Throws<ExpressionException>(() => Run("while (true) {}"));

        Assert.Equal("The script ran more than 100000 statements and was stopped; check for an endless loop.", error.Message);
        Assert.Equal("expression_failed", error.Code);
    }

    [Fact]
    public void EvaluateScript_StopsWithTimeMessage_WhenLoopIsEndlessAndStatementsAreUnlimited()
    {
        var evaluator = new JintExpressionEvaluator(new ExpressionOptions { MaxStatements = 0, TimeLimit = TimeSpan.FromMilliseconds(200) });

        var error = Assert.Throws<ExpressionException>(() => evaluator.EvaluateScript("while (true) {}", Scope()));

        Assert.Equal("The script ran longer than 0.2 s and was stopped; check for an endless loop.", error.Message);
    }

    [Fact]
    public void EvaluateScript_StopsWithTimeMessage_WhenDefaultTimeLimitIsReached()
    {
        var evaluator = new JintExpressionEvaluator(new ExpressionOptions { MaxStatements = 0 });

        var error = Assert.Throws<ExpressionException>(() => evaluator.EvaluateScript("for (;;) {}", Scope()));

        Assert.Equal("The script ran longer than 1 s and was stopped; check for an endless loop.", error.Message);
    }

    [Fact]
    public void EvaluateScript_StopsWithMemoryMessage_WhenScriptBuildsHugeString()
    {
        var error = Assert.Throws<ExpressionException>(() => Run("var s = 'x'; while (true) { s = s + s; }"));

        Assert.Equal("The script used more than 16 MB of memory and was stopped; check for a loop that builds ever larger values.", error.Message);
    }

    [Fact]
    public void EvaluateScript_StopsWithRecursionMessage_WhenFunctionCallsItselfForever()
    {
        var error = Assert.Throws<ExpressionException>(() => Run("function f(n) { return f(n + 1); } f(0)"));

        Assert.Equal(
            "The script nested function calls deeper than 64 levels and was stopped; check for a function that calls itself without end.",
            error.Message);
    }

    [Theory]
    [InlineData("System.IO.File.ReadAllText('/etc/passwd')", "The script failed: ReferenceError: System is not defined")]
    [InlineData("importNamespace('System.IO')", "The script failed: ReferenceError: importNamespace is not defined")]
    [InlineData("clrHelper.getType()", "The script failed: ReferenceError: clrHelper is not defined")]
    [InlineData("host.require('fs')", "The script failed: ReferenceError: host is not defined")]
    [InlineData("require('fs')", "The script failed: ReferenceError: require is not defined")]
    public void EvaluateScript_RefusesDotNetAccess_WhenScriptReachesForIt(string script, string expected)
    {
        var error = Assert.Throws<ExpressionException>(() => Run(script));

        Assert.Equal(expected, error.Message);
    }

    [Fact]
    public void EvaluateScript_ExposesNoHostObjects_WhenScriptInspectsGlobals()
    {
        var result = Run("[typeof System, typeof importNamespace, typeof clrHelper, typeof host, typeof process].join(',')");

        Assert.Equal("\"undefined,undefined,undefined,undefined,undefined\"", result);
    }

    [Fact]
    public void EvaluateScript_Throws_WhenScriptReferencesUnknownName()
    {
        var error = Assert.Throws<ExpressionException>(() => Run("foo + 1"));

        Assert.Equal("The script failed: ReferenceError: foo is not defined", error.Message);
    }

    [Fact]
    public void EvaluateScript_Throws_WhenStrictModeRefusesUndeclaredAssignment()
    {
        var error = Assert.Throws<ExpressionException>(() => Run("total = 5"));

        Assert.Equal("The script failed: ReferenceError: total is not defined", error.Message);
    }

    [Fact]
    public void EvaluateScript_Throws_WhenScriptThrowsString()
    {
        var error = Assert.Throws<ExpressionException>(() => Run("throw 'saknar beslut'"));

        Assert.Equal("The script failed: saknar beslut", error.Message);
    }

    [Fact]
    public void EvaluateScript_Throws_WhenScriptDoesNotParse()
    {
        var error = Assert.Throws<ExpressionException>(() => Run("vars.count >"));

        Assert.Equal("The script does not parse: Unexpected end of input (line 1, column 13). Fix the JavaScript.", error.Message);
    }

    [Fact]
    public void CheckScript_ReturnsNull_WhenScriptParses()
    {
        var error = _evaluator.CheckScript("vars.insightCount >= 5");

        Assert.Null(error);
    }

    [Fact]
    public void CheckScript_ReturnsMessageWithLineAndColumn_WhenScriptDoesNotParse()
    {
        var error = _evaluator.CheckScript("var a = 1;\nif (a {\n}");

        Assert.Equal("Unexpected token '{' (line 2, column 7)", error);
    }

    [Fact]
    public void CheckScript_ReturnsMessage_WhenScriptBreaksStrictMode()
    {
        var error = _evaluator.CheckScript("with (vars) { count }");

        Assert.Equal("Strict mode code may not include a with statement (line 1, column 1)", error);
    }

    [Fact]
    public void RenderTemplate_RendersSwedishText_WhenScopeHasValues()
    {
        var scope = Scope(
            inputs: """{ "challenge": "Jämställd lönesättning" }""",
            vars: """{ "insightCount": 7 }""",
            lab: """{ "title": "Grundskoleförvaltningens labb", "people": [ { "name": "Åsa" }, { "name": "Örjan" } ] }""");

        var result = _evaluator.RenderTemplate(
            "Hej! {{ lab.title }} utforskar ”{{ inputs.challenge }}”. {% if vars.insightCount >= 5 %}Ni har {{ vars.insightCount }} insikter.{% endif %} Deltagare: {% for p in lab.people %}{{ p.name }}{% unless forloop.last %}, {% endunless %}{% endfor %}.",
            scope);

        Assert.Equal("Hej! Grundskoleförvaltningens labb utforskar ”Jämställd lönesättning”. Ni har 7 insikter. Deltagare: Åsa, Örjan.", result);
    }

    [Fact]
    public void RenderTemplate_ReadsTaskOutputs_WhenTasksAreInScope()
    {
        var result = _evaluator.RenderTemplate("{{ tasks.kickoff.attendance | plus: 1 }}", Scope(tasks: """{ "kickoff": { "attendance": 11 } }"""));

        Assert.Equal("12", result);
    }

    [Fact]
    public void RenderTemplate_Throws_WhenTemplateDoesNotParse()
    {
        var error = Assert.Throws<ExpressionException>(() => _evaluator.RenderTemplate("Hej {% if vars.x %}", Scope()));

        Assert.Equal("The template does not parse: '{% endif %}' was expected at (1:20). Fix the Liquid template.", error.Message);
    }

    [Fact]
    public void RenderTemplate_StopsWithStepMessage_WhenLoopIsHuge()
    {
        var error = Assert.Throws<ExpressionException>(() => _evaluator.RenderTemplate("{% for i in (1..1000000) %}{{ i }}{% endfor %}", Scope()));

        Assert.Equal("The template took more than 10000 steps and was stopped; check for a very long loop.", error.Message);
    }

    [Fact]
    public void CheckTemplate_ReturnsNull_WhenTemplateParses()
    {
        var error = _evaluator.CheckTemplate("Hej {{ inputs.name }}!");

        Assert.Null(error);
    }

    [Fact]
    public void CheckTemplate_ReturnsPosition_WhenTemplateDoesNotParse()
    {
        var error = _evaluator.CheckTemplate("Hej {{ inputs.name ");

        Assert.Equal("End of tag '}}' was expected at (1:19)", error);
    }

    [Theory]
    [InlineData("5", "5")]
    [InlineData("-0", "0")]
    [InlineData("-128", "-128")]
    [InlineData("1023", "1023")]
    [InlineData("1024", "1024")]
    [InlineData("-129", "-129")]
    [InlineData("0.5", "0.5")]
    [InlineData("2 ** 53", "9007199254740992")]
    [InlineData("1e21", "1e+21")]
    public void EvaluateScript_ReturnsWhatParsingItsTextGives_WhenResultIsANumber(string script, string text)
    {
        var expected = JsonNode.Parse(text)!.AsValue();

        var result = _evaluator.EvaluateScript(script, Scope())!.AsValue();

        Assert.Equal(text, result.ToJsonString());
        Assert.True(result.TryGetValue<System.Text.Json.JsonElement>(out _));
        Assert.Equal(expected.TryGetValue<int>(out var expectedInt), result.TryGetValue<int>(out var resultInt));
        Assert.Equal(expectedInt, resultInt);
        Assert.Equal(expected.GetValue<double>(), result.GetValue<double>());
        Assert.Equal(expected.GetValue<decimal>(), result.GetValue<decimal>());
    }

    [Fact]
    public void EvaluateScript_SeesVariablesAsAnObjectLiteralWouldHoldThem_WhenNamesAreUnusual()
    {
        var scope = Scope(vars: """{ "b": 1, "2": "två", "1": null, "__proto__": 3, "Läge": [1, { "x": true }] }""");

        var result = Run(
            "[Object.keys(vars).join(',') === Object.keys({ b: 1, '2': 0, '1': 0, ['__proto__']: 3, 'Läge': 0 }).join(','), Object.getPrototypeOf(vars) === Object.prototype, vars.__proto__, vars['2'], vars['1'], vars.Läge[1].x]",
            scope);

        Assert.Equal("""[true,true,3,"tv\u00E5",null,true]""", result);
    }

    [Fact]
    public void EvaluateScript_ReadsALoneSurrogate_WhenTheScopeHoldsOne()
    {
        // .NET will not decode a lone surrogate escape to a string; JavaScript's JSON.parse keeps it.
        var scope = Scope(vars: """{ "odd": "a\ud800\"\\\n", "other": 1 }""");

        var result = Run("[vars.odd.length, vars.odd.charCodeAt(1), vars.odd.slice(2), vars.other + 1]", scope);

        Assert.Equal("""[5,55296,"\u0022\\\n",2]""", result);
    }
}
