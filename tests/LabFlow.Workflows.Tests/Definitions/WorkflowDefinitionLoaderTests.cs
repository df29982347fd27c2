using LabFlow.Workflows.Definitions;

namespace LabFlow.Workflows.Tests.Definitions;

public sealed class WorkflowDefinitionLoaderTests
{
    private const string File = "flow.json";

    private readonly WorkflowDefinitionLoader _loader = TestActivityTypes.CreateLoader();

    /// <summary>A valid flow around the given activities (after Start) and connections (after start → first).</summary>
    private static string Flow(string activities = "", string connections = "", string extra = "") => $$"""
        {
          "id": "test-flow",
          "version": 1,
          "name": { "sv": "Testflöde", "en": "Test flow" },
          {{extra}}
          "activities": [
            { "id": "start", "type": "Start" }{{(activities.Length > 0 ? "," : "")}}
            {{activities}}
          ],
          "connections": [ {{connections}} ]
        }
        """;

    private string[] Errors(string json) => [.. _loader.Load(File, json).Errors.Select(e => e.ToString())];

    [Fact]
    public void Load_ReturnsDefinition_WhenFlowIsValid()
    {
        var json = Flow(
            """
            { "id": "ask", "type": "UserTask", "phase": "explore", "name": "Fråga", "inputs": { "title": "Uppstart", "actions": [ { "name": "approve" }, { "name": "sendBack" } ] } },
            { "id": "end", "type": "End" }
            """,
            """
            { "from": "start", "to": "ask" },
            { "from": "ask", "outcome": "approve", "to": "end" },
            { "from": "ask", "outcome": "sendBack", "to": "ask" }
            """,
            """
            "phases": [ { "id": "explore", "name": { "sv": "Utforska", "en": "Explore" } } ],
            """);

        var result = _loader.Load(File, json);

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        Assert.Equal("test-flow", result.Definition!.Id);
        Assert.Equal(3, result.Definition.Activities.Count);
        Assert.Equal(File, result.FileName);
    }

    [Fact]
    public void ValidationError_ToString_JoinsFilePathAndMessage()
    {
        var error = new ValidationError("lab.json", "$.id", "the flow has no id");

        Assert.Equal("lab.json: $.id: the flow has no id", error.ToString());
    }

    [Fact]
    public void Load_ReportsLineAndColumn_WhenJsonIsMalformed()
    {
        var json = "{\n  \"id\": \"x\",\n  \"version\": 1,\n  \"name\": \"Å\", \"x\": }\n}";

        var errors = Errors(json);

        AssertErrors(["flow.json: $: the file is not valid JSON (line 4, column 21): '}' is an invalid start of a value. Fix the JSON syntax."], errors);
    }

    [Fact]
    public void Load_ReportsDuplicateProperty_WhenJsonRepeatsAKey()
    {
        var errors = Errors("""{ "id": "a", "id": "b" }""");

        AssertErrors(["flow.json: $: the file is not valid JSON: Duplicate property 'id' encountered during deserialization. Fix the JSON syntax."], errors);
    }

    [Fact]
    public void Load_ReportsObjectExpected_WhenDocumentIsAnArray()
    {
        var errors = Errors("[]");

        AssertErrors(["flow.json: $: expected an object but found []; write the flow as one JSON object { \"id\": …, \"activities\": […] }."], errors);
    }

    [Fact]
    public void Load_ReportsMissingIdVersionNameAndStart_WhenDocumentIsEmptyObject()
    {
        var errors = Errors("{}");

        AssertErrors(
        [
            "flow.json: $.id: the flow has no id; add \"id\", for example \"id\": \"social-innovation-lab\".",
            "flow.json: $.version: the flow has no version; add \"version\": 1.",
            "flow.json: $.name: the flow has no name; add \"name\": { \"sv\": \"…\", \"en\": \"…\" }.",
            "flow.json: $.activities: the flow has no Start activity; add { \"id\": \"start\", \"type\": \"Start\" } and connect it to the first step.",
        ], errors);
    }

    [Fact]
    public void Load_ReportsWrongShapes_WhenValuesHaveWrongKinds()
    {
        var json = """
            {
              "id": 12,
              "version": "1",
              "name": 5,
              "phases": {},
              "activities": [ { "id": "start", "type": "Start", "designer": { "x": "10", "y": 2 } }, "end" ],
              "connections": []
            }
            """;

        var errors = Errors(json);

        AssertErrors(
        [
            "flow.json: $.id: expected a string but found 12; write the value in double quotes.",
            "flow.json: $.version: expected a whole number but found \"1\"; write the version as a number such as 1.",
            "flow.json: $.name: expected a text (a string, or an object of culture to string such as { \"sv\": \"…\", \"en\": \"…\" }) but found 5.",
            "flow.json: $.phases: expected an array but found {}; write a list in square brackets [ … ].",
            "flow.json: $.activities[0].designer.x: expected a number but found \"10\"; write the number without quotes.",
            "flow.json: $.activities[1]: expected an object but found \"end\"; write it as { … }.",
        ], errors);
    }

    [Fact]
    public void Load_ReportsVersionBelowOne_WhenVersionIsZero()
    {
        var errors = Errors(Flow().Replace("\"version\": 1", "\"version\": 0", StringComparison.Ordinal));

        AssertErrors(["flow.json: $.version: the version must be 1 or higher (found 0); use 1 for a new flow."], errors);
    }

    [Fact]
    public void Load_ReportsUnknownProperties_WithSuggestionOrAllowedList()
    {
        var json = Flow(
            """{ "id": "end", "type": "End", "nmae": "Slut", "colour": "red" }""",
            """{ "from": "start", "to": "end", "label": "x" }""",
            """
            "descripton": "x",
            """);

        var errors = Errors(json);

        AssertErrors(
        [
            "flow.json: $.descripton: unknown property 'descripton' (did you mean 'description'?); remove it or fix its spelling.",
            "flow.json: $.activities[1].nmae: unknown property 'nmae' (did you mean 'name'?); remove it or fix its spelling.",
            "flow.json: $.activities[1].colour: unknown property 'colour'; remove it (allowed here: id, type, name, phase, inputs, designer).",
            "flow.json: $.connections[0].label: unknown property 'label'; remove it (allowed here: from, outcome, to).",
        ], errors);
    }

    [Fact]
    public void Load_SuggestsNearestType_WhenActivityTypeIsMisspelt()
    {
        var json = Flow("""{ "id": "ask", "type": "UserTsk", "inputs": { "title": "x" } }""", """{ "from": "start", "to": "ask" }""");

        var errors = Errors(json);

        AssertErrors(["flow.json: $.activities[1].type: unknown activity type 'UserTsk' (did you mean 'UserTask'?)"], errors);
    }

    [Fact]
    public void Load_ListsKnownTypes_WhenActivityTypeIsFarFromAny()
    {
        var json = Flow("""{ "id": "x", "type": "Teleport" }""", """{ "from": "start", "to": "x" }""");

        var errors = Errors(json);

        AssertErrors(["flow.json: $.activities[1].type: unknown activity type 'Teleport'; known types are Decision, Delay, End, Join, SetVariable, Start, Switch, UserTask, WaitForSignal."], errors);
    }

    [Fact]
    public void Load_ReportsMissingIdAndType_WhenActivityLacksThem()
    {
        var json = Flow("""{ "name": "Namnlös" }""");

        var errors = Errors(json);

        AssertErrors(
        [
            "flow.json: $.activities[1].id: the activity has no id; add an \"id\" that no other activity uses.",
            "flow.json: $.activities[1].type: the activity has no type; add \"type\", for example \"Decision\".",
        ], errors);
    }

    [Fact]
    public void Load_ReportsDuplicateActivityId_WhenTwoActivitiesShareIt()
    {
        var json = Flow(
            """{ "id": "end", "type": "End" }, { "id": "end", "type": "End" }""",
            """{ "from": "start", "to": "end" }""");

        var errors = Errors(json);

        AssertErrors(["flow.json: $.activities[2].id: duplicate activity id 'end' (also $.activities[1]); give each activity its own id."], errors);
    }

    [Fact]
    public void Load_ReportsUnknownConnectionEnds_WithSuggestion()
    {
        var json = Flow(
            """{ "id": "review", "type": "WaitForSignal", "inputs": { "signal": "done" } }""",
            """{ "from": "start", "to": "reveiw" }, { "from": "nowhere", "to": "review" }""");

        var errors = Errors(json);

        AssertErrors(
        [
            "flow.json: $.connections[0].to: no activity has id 'reveiw' (did you mean 'review'?)",
            "flow.json: $.connections[1].from: no activity has id 'nowhere'; use the id of one of the flow's activities.",
            "flow.json: $.activities[1]: activity 'review' cannot be reached from Start; connect another activity to it or remove it.",
        ], errors);
    }

    [Fact]
    public void Load_ReportsMissingConnectionEnds_WhenFromAndToAreAbsent()
    {
        var errors = Errors(Flow(connections: "{ }"));

        AssertErrors(
        [
            "flow.json: $.connections[0].from: the connection has no 'from'; add the id of the activity it starts from.",
            "flow.json: $.connections[0].to: the connection has no 'to'; add the id of the activity it leads to.",
        ], errors);
    }

    [Fact]
    public void Load_ReportsUndeclaredOutcome_ListingTheTypesOutcomes()
    {
        var json = Flow(
            """
            { "id": "check", "type": "Decision", "inputs": { "condition": true } },
            { "id": "end", "type": "End" }
            """,
            """
            { "from": "start", "to": "check" },
            { "from": "check", "outcome": "Yes", "to": "end" },
            { "from": "check", "to": "end" },
            { "from": "end", "to": "check" }
            """);

        var errors = Errors(json);

        AssertErrors(
        [
            "flow.json: $.connections[1].outcome: activity 'check' (Decision) has no outcome 'Yes'; its outcomes are True, False.",
            "flow.json: $.connections[2]: activity 'check' (Decision) has no outcome 'Done' (the outcome when \"outcome\" is left out); add \"outcome\", one of True, False.",
            "flow.json: $.connections[3]: activity 'end' (End) has no outcomes, so no connection can start from it; remove this connection.",
        ], errors);
    }

    [Fact]
    public void Load_TakesOutcomesFromInputs_WhenTypeDeclaresThemThatWay()
    {
        var json = Flow(
            """
            { "id": "ask", "type": "UserTask", "inputs": { "title": "Godkänn", "actions": [ { "name": "approve" }, { "name": "sendBack" } ] } },
            { "id": "route", "type": "Switch", "inputs": { "cases": [ { "name": "big", "condition": { "js": "vars.n > 5" } } ] } },
            { "id": "end", "type": "End" }
            """,
            """
            { "from": "start", "to": "ask" },
            { "from": "ask", "outcome": "approve", "to": "route" },
            { "from": "ask", "outcome": "reject", "to": "end" },
            { "from": "route", "outcome": "big", "to": "end" },
            { "from": "route", "outcome": "Default", "to": "end" },
            { "from": "route", "outcome": "small", "to": "end" }
            """);

        var errors = Errors(json);

        AssertErrors(
        [
            "flow.json: $.connections[2].outcome: activity 'ask' (UserTask) has no outcome 'reject'; its outcomes are approve, sendBack.",
            "flow.json: $.connections[5].outcome: activity 'route' (Switch) has no outcome 'small'; its outcomes are big, Default.",
        ], errors);
    }

    [Fact]
    public void Load_ReportsDuplicateConnection_WhenSameConnectionIsWrittenTwice()
    {
        var json = Flow("""{ "id": "end", "type": "End" }""", """{ "from": "start", "to": "end" }, { "from": "start", "outcome": "Done", "to": "end" }""");

        var errors = Errors(json);

        AssertErrors(["flow.json: $.connections[1]: the same connection as $.connections[0] (from 'start', outcome 'Done', to 'end'); remove one."], errors);
    }

    [Fact]
    public void Load_ReportsSecondStart_WhenFlowHasTwo()
    {
        var json = Flow("""{ "id": "again", "type": "Start" }""");

        var errors = Errors(json);

        AssertErrors(["flow.json: $.activities[1].type: a second Start activity (the first is 'start' at $.activities[0]); a flow has exactly one Start."], errors);
    }

    [Fact]
    public void Load_ReportsUnreachableActivities_WhenNothingLeadsToThem()
    {
        var json = Flow(
            """{ "id": "end", "type": "End" }, { "id": "island", "type": "End" }, { "id": "loop", "type": "Join" }""",
            """{ "from": "start", "to": "end" }, { "from": "loop", "to": "loop" }""");

        var errors = Errors(json);

        AssertErrors(
        [
            "flow.json: $.activities[2]: activity 'island' cannot be reached from Start; connect another activity to it or remove it.",
            "flow.json: $.activities[3]: activity 'loop' cannot be reached from Start; connect another activity to it or remove it.",
        ], errors);
    }

    [Fact]
    public void Load_ReportsUndeclaredAndDuplicatePhases()
    {
        var json = Flow(
            """
            { "id": "a", "type": "Join", "phase": "explor" },
            { "id": "b", "type": "Join", "phase": "celebrate" }
            """,
            """{ "from": "start", "to": "a" }, { "from": "a", "to": "b" }""",
            """
            "phases": [
              { "id": "explore", "name": "Utforska" },
              { "id": "ideate", "name": "Idéera" },
              { "id": "explore", "name": "Utforska igen" },
              { "id": "prototype" }
            ],
            """);

        var errors = Errors(json);

        AssertErrors(
        [
            "flow.json: $.phases[3].name: phase 'prototype' has no name; add \"name\": { \"sv\": \"…\", \"en\": \"…\" }.",
            "flow.json: $.phases[2].id: duplicate phase id 'explore' (also $.phases[0]); give each phase its own id.",
            "flow.json: $.activities[1].phase: phase 'explor' is not declared (did you mean 'explore'?)",
            "flow.json: $.activities[2].phase: phase 'celebrate' is not declared; declare it in \"phases\" (declared: explore, ideate, prototype).",
        ], errors);
    }

    [Fact]
    public void Load_ReportsUndeclaredPhase_WhenFlowDeclaresNone()
    {
        var json = Flow("""{ "id": "a", "type": "Join", "phase": "explore" }""", """{ "from": "start", "to": "a" }""");

        var errors = Errors(json);

        AssertErrors(["flow.json: $.activities[1].phase: phase 'explore' is not declared; the flow declares no phases, add it to \"phases\"."], errors);
    }

    [Fact]
    public void Load_ReportsMissingRequiredInputs_WhenActivityLacksThem()
    {
        var json = Flow(
            """{ "id": "check", "type": "Decision" }, { "id": "wait", "type": "WaitForSignal", "inputs": { "correlation": "x" } }""",
            """{ "from": "start", "to": "check" }, { "from": "check", "outcome": "True", "to": "wait" }""");

        var errors = Errors(json);

        AssertErrors(
        [
            "flow.json: $.activities[1].inputs: activity 'check' (Decision) is missing the required input 'condition'; add \"condition\" to its inputs.",
            "flow.json: $.activities[2].inputs: activity 'wait' (WaitForSignal) is missing the required input 'signal'; add \"signal\" to its inputs.",
        ], errors);
    }

    [Fact]
    public void Load_ReportsUnknownInputs_WithSuggestionOrList()
    {
        var json = Flow(
            """
            { "id": "check", "type": "Decision", "inputs": { "conditon": true, "condition": true } },
            { "id": "wait", "type": "WaitForSignal", "inputs": { "signal": "s", "timeout": "P1D" } },
            { "id": "end", "type": "End", "inputs": { "reason": "klar" } }
            """,
            """{ "from": "start", "to": "check" }, { "from": "check", "outcome": "True", "to": "wait" }, { "from": "wait", "to": "end" }""");

        var errors = Errors(json);

        AssertErrors(
        [
            "flow.json: $.activities[1].inputs.conditon: Decision has no input 'conditon' (did you mean 'condition'?)",
            "flow.json: $.activities[2].inputs.timeout: WaitForSignal has no input 'timeout'; its inputs are signal, correlation.",
            "flow.json: $.activities[3].inputs.reason: End takes no inputs; remove 'reason'.",
        ], errors);
    }

    [Theory]
    [InlineData("Decision", "condition", "\"yes\"", "input 'condition' of Decision must be true or false (found \"yes\").")]
    [InlineData("WaitForSignal", "signal", "42", "input 'signal' of WaitForSignal must be a string (found 42).")]
    [InlineData("Delay", "duration", "\"3 days\"", "input 'duration' of Delay must be an ISO 8601 duration such as \"P3D\", \"PT2H\" or \"P3M\" (found \"3 days\").")]
    [InlineData("Delay", "until", "\"2026-13-01\"", "input 'until' of Delay must be a date and time (ISO 8601 such as \"2026-01-05T09:00:00+01:00\" or \"2026-01-05\", or { \"daysAfterStart\": 3 }, { \"daysAfterCreated\": 3 }, { \"workingDaysAfterStart\": 3 }, { \"workingDaysAfterCreated\": 3 } or { \"monthsAfterStart\": 3 }) (found \"2026-13-01\").")]
    [InlineData("Switch", "cases", "{ \"name\": \"a\" }", "input 'cases' of Switch must be a list (an array) (found {\"name\":\"a\"}).")]
    [InlineData("UserTask", "title", "[ \"Rubrik\" ]", "input 'title' of UserTask must be a text (a string, or an object of culture to string such as { \"sv\": \"…\", \"en\": \"…\" }) (found [\"Rubrik\"]).")]
    [InlineData("UserTask", "due", "\"next friday\"", "input 'due' of UserTask must be a date (an ISO date such as \"2026-01-05\", or { \"daysAfterStart\": 3 }, { \"daysAfterCreated\": 3 }, { \"workingDaysAfterStart\": 3 }, { \"workingDaysAfterCreated\": 3 } or { \"monthsAfterStart\": 3 }) (found \"next friday\").")]
    [InlineData("Join", "mode", "\"Some\"", "input 'mode' of Join must be one of All, Any (found \"Some\").")]
    [InlineData("Switch", "mode", "\"Every\"", "input 'mode' of Switch must be one of First, All (found \"Every\").")]
    [InlineData("Decision", "condition", "{ \"js\": \"1\", \"note\": \"x\" }", "input 'condition' of Decision must be true or false (found {\"js\":\"1\",\"note\":\"x\"}). To compute the value, write { \"js\": \"…\" } or { \"liquid\": \"…\" } with the code as a string and no other property.")]
    public void Load_ReportsWrongLiteralType_WhenInputValueDoesNotFit(string type, string input, string value, string expected)
    {
        var errors = Errors(InputFlow(type, input, value));

        AssertErrors([$"flow.json: $.activities[1].inputs.{input}: {expected}"], errors);
    }

    [Theory]
    [InlineData("Delay", "until", "{ \"daysAfterStart\": 1.5 }", ".daysAfterStart", ValidationCodes.RelativeDateNotWhole, "daysAfterStart must be a whole number of days or months, negative for before (found 1.5).")]
    [InlineData("UserTask", "due", "{ \"daysAfterStrat\": 3 }", ".daysAfterStrat", ValidationCodes.RelativeDateUnknownUnitSuggested, "a relative date has no 'daysAfterStrat' (did you mean 'daysAfterStart'?)")]
    [InlineData("UserTask", "due", "{ \"nextWeek\": 3 }", ".nextWeek", ValidationCodes.RelativeDateUnknownUnit, "a relative date has no 'nextWeek'; write one of daysAfterStart, daysAfterCreated, workingDaysAfterStart, workingDaysAfterCreated, monthsAfterStart.")]
    [InlineData("UserTask", "due", "{ }", "", ValidationCodes.RelativeDateShape, "a relative date has exactly one property, such as { \"daysAfterStart\": 3 } (found {}); write { \"daysAfterStart\": n }, { \"daysAfterCreated\": n }, { \"workingDaysAfterStart\": n }, { \"workingDaysAfterCreated\": n } or { \"monthsAfterStart\": n }.")]
    public void Load_ReportsTheRelativeDateGrammarWithItsCode_WhenADateObjectIsMisspelt(string type, string input, string value, string subPath, string code, string expected)
    {
        var result = _loader.Load(File, InputFlow(type, input, value));

        var error = Assert.Single(result.Errors);
        Assert.Equal($"$.activities[1].inputs.{input}{subPath}", error.Path);
        Assert.Equal(code, error.Code);
        Assert.Equal(expected, error.Message);
    }

    [Theory]
    [InlineData("Delay", "duration", "\"P3D\"")]
    [InlineData("Delay", "duration", "\"PT2H\"")]
    [InlineData("Delay", "duration", "\"P3M\"")]
    [InlineData("Delay", "duration", "\"P1Y2M3W4DT5H6M7.5S\"")]
    [InlineData("Delay", "until", "\"2026-05-01\"")]
    [InlineData("Delay", "until", "\"2026-05-01T08:00:00+02:00\"")]
    [InlineData("Delay", "until", "\"2026-05-01T08:00Z\"")]
    [InlineData("Delay", "until", "{ \"monthsAfterStart\": 3 }")]
    [InlineData("UserTask", "due", "{ \"daysAfterStart\": -35 }")]
    [InlineData("UserTask", "title", "{ \"sv\": \"Rubrik\", \"en\": \"Title\" }")]
    [InlineData("Decision", "condition", "false")]
    [InlineData("Decision", "condition", "{ \"js\": \"vars.count >= 5\" }")]
    [InlineData("WaitForSignal", "signal", "{ \"liquid\": \"klar-{{ inputs.id }}\" }")]
    public void Load_AcceptsValue_WhenInputValueFits(string type, string input, string value)
    {
        var errors = Errors(InputFlow(type, input, value));

        Assert.Empty(errors);
    }

    [Theory]
    [InlineData("\"P\"")]
    [InlineData("\"PT\"")]
    [InlineData("\"3D\"")]
    [InlineData("\"P3H\"")]
    public void Load_RefusesDuration_WhenNotIso8601(string value)
    {
        var errors = Errors(InputFlow("Delay", "duration", value));

        Assert.Single(errors);
    }

    [Fact]
    public void Load_ReportsParseErrors_WhenExpressionsDoNotParse()
    {
        var json = Flow(
            """
            { "id": "check", "type": "Decision", "inputs": { "condition": { "js": "vars.count >" } } },
            { "id": "wait", "type": "WaitForSignal", "inputs": { "signal": { "liquid": "klar-{{ inputs.id " } } }
            """,
            """{ "from": "start", "to": "check" }, { "from": "check", "outcome": "True", "to": "wait" }""");

        var errors = Errors(json);

        AssertErrors(
        [
            "flow.json: $.activities[1].inputs.condition.js: the script does not parse: Unexpected end of input (line 1, column 13); fix the JavaScript.",
            "flow.json: $.activities[2].inputs.signal.liquid: the template does not parse: End of tag '}}' was expected at (1:18); fix the Liquid template.",
        ], errors);
    }

    [Fact]
    public void Load_ReportsExpression_WhenInputDoesNotTakeExpressions()
    {
        var errors = Errors(InputFlow("Join", "mode", "{ \"js\": \"'All'\" }"));

        AssertErrors(["flow.json: $.activities[1].inputs.mode: input 'mode' of Join does not take expressions; write the value itself."], errors);
    }

    [Fact]
    public void Load_ReportsDelayWithNeitherOrBoth_WhenDurationAndUntilAreNotExactlyOne()
    {
        var json = Flow(
            """
            { "id": "none", "type": "Delay" },
            { "id": "both", "type": "Delay", "inputs": { "duration": "P1D", "until": "2026-05-01" } }
            """,
            """{ "from": "start", "to": "none" }, { "from": "none", "to": "both" }""");

        var errors = Errors(json);

        AssertErrors(
        [
            "flow.json: $.activities[1].inputs: Delay 'none' needs exactly one of 'duration' and 'until' but has neither; add \"duration\": \"P3D\" or \"until\": \"2026-05-01\".",
            "flow.json: $.activities[2].inputs: Delay 'both' needs exactly one of 'duration' and 'until' but has both; remove one.",
        ], errors);
    }

    [Fact]
    public void Load_ReportsUndeclaredVariableAndWrongValue_WhenSetVariableMisuses()
    {
        var json = Flow(
            """
            { "id": "a", "type": "SetVariable", "inputs": { "name": "cuont", "value": 1 } },
            { "id": "b", "type": "SetVariable", "inputs": { "name": "status", "value": 1 } },
            { "id": "c", "type": "SetVariable", "inputs": { "name": "count", "value": "many" } },
            { "id": "d", "type": "SetVariable", "inputs": { "name": "count", "value": { "js": "vars.count + 1" } } }
            """,
            """{ "from": "start", "to": "a" }, { "from": "a", "to": "b" }, { "from": "b", "to": "c" }, { "from": "c", "to": "d" }""",
            """
            "variables": [ { "name": "count", "type": "Number", "default": 0 } ],
            """);

        var errors = Errors(json);

        AssertErrors(
        [
            "flow.json: $.activities[1].inputs.name: variable 'cuont' is not declared (did you mean 'count'?)",
            "flow.json: $.activities[2].inputs.name: variable 'status' is not declared; declare it in \"variables\" (declared: count).",
            "flow.json: $.activities[3].inputs.value: variable 'count' is a Number, so the value must be a number (found \"many\").",
        ], errors);
    }

    [Fact]
    public void Load_ReportsBrokenSwitchCases_WhenNameOrConditionIsMissingOrWrong()
    {
        var json = Flow(
            """
            { "id": "route", "type": "Switch", "inputs": { "cases": [
              { "condition": true },
              { "name": "urgent" },
              { "name": "urgent", "condition": { "js": "vars.x >" } },
              { "name": "Default", "condition": "yes" },
              "other"
            ] } }
            """,
            """{ "from": "start", "to": "route" }""");

        var errors = Errors(json);

        AssertErrors(
        [
            "flow.json: $.activities[1].inputs.cases[0]: the case has no name; add \"name\" (it is the outcome its connections start from).",
            "flow.json: $.activities[1].inputs.cases[1]: the case has no condition; add \"condition\": { \"js\": \"…\" }.",
            "flow.json: $.activities[1].inputs.cases[2].name: duplicate case name 'urgent' (also cases[1]); give each case its own name.",
            "flow.json: $.activities[1].inputs.cases[2].condition.js: the script does not parse: Unexpected end of input (line 1, column 9); fix the JavaScript.",
            "flow.json: $.activities[1].inputs.cases[3].name: the case name 'Default' is the Switch's own outcome when no case matches; choose another name.",
            "flow.json: $.activities[1].inputs.cases[3].condition: the condition must be true, false or { \"js\": \"…\" } (found \"yes\").",
            "flow.json: $.activities[1].inputs.cases[4]: expected an object but found \"other\"; write each case as { \"name\": \"…\", \"condition\": { \"js\": \"…\" } }.",
        ], errors);
    }

    [Fact]
    public void Load_ReportsParameterProblems_WhenInputsAndVariablesAreWrong()
    {
        var json = Flow(extra: """
            "inputs": [ { "name": "challenge", "type": "Strng", "required": "yes" }, { "type": "Number" } ],
            "variables": [
              { "name": "count", "type": "Number", "default": "zero" },
              { "name": "count", "type": "Int" },
              { "name": "when", "type": "Date", "default": "2026-01-05" }
            ],
            """);

        var errors = Errors(json);

        AssertErrors(
        [
            "flow.json: $.inputs[0].type: unknown type 'Strng' (did you mean 'String'?)",
            "flow.json: $.inputs[0].required: expected true or false but found \"yes\"; write true or false without quotes.",
            "flow.json: $.inputs[1].name: the input has no name; add \"name\".",
            "flow.json: $.variables[1].type: unknown type 'Int'; use one of String, Number, Boolean, Date, DateTime, Duration, Person, PersonList, Administration, Object, List, Text, Any.",
            "flow.json: $.variables[1].name: duplicate variable 'count' (also $.variables[0]); declare each variable once.",
            "flow.json: $.variables[0].default: the default of variable 'count' must be a number (found \"zero\").",
        ], errors);
    }

    [Fact]
    public void Load_ReportsEveryError_WhenFileHasManyProblems()
    {
        var json = Flow(
            """
            { "id": "ask", "type": "UserTsk" },
            { "id": "ask", "type": "Decision" }
            """,
            """{ "from": "start", "to": "ask" }, { "from": "ask", "outcome": "Maybe", "to": "gone" }""",
            """
            "colour": "blue",
            """);

        var errors = Errors(json);

        AssertErrors(
        [
            "flow.json: $.colour: unknown property 'colour'; remove it (allowed here: $schema, id, version, name, description, kind, phases, inputs, variables, activities, connections).",
            "flow.json: $.activities[2].id: duplicate activity id 'ask' (also $.activities[1]); give each activity its own id.",
            "flow.json: $.activities[1].type: unknown activity type 'UserTsk' (did you mean 'UserTask'?)",
            "flow.json: $.activities[2].inputs: activity 'ask' (Decision) is missing the required input 'condition'; add \"condition\" to its inputs.",
            "flow.json: $.connections[1].to: no activity has id 'gone'; use the id of one of the flow's activities.",
        ], errors);
    }

    [Fact]
    public void Load_IgnoresCommentsAndTrailingCommas_WhenFileUsesThem()
    {
        var json = """
            {
              // A flow people edit by hand.
              "id": "commented", "version": 1, "name": "Kommenterad",
              "activities": [ { "id": "start", "type": "Start" }, ],
              "connections": [],
            }
            """;

        var result = _loader.Load(File, json);

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
    }

    [Fact]
    public void Load_RoundTripsToIdenticalText_WhenSavedAndLoadedAgain()
    {
        var json = Flow(
            """
            { "id": "ask", "type": "UserTask", "name": { "sv": "Fråga", "en": "Ask" }, "inputs": { "title": "Å ä ö \"citat\"", "actions": [ { "name": "approve" } ] }, "designer": { "x": 10.5, "y": 20 } },
            { "id": "end", "type": "End" }
            """,
            """{ "from": "start", "to": "ask" }, { "from": "ask", "outcome": "approve", "to": "end" }""",
            """
            "variables": [ { "name": "note", "type": "Text", "default": { "sv": "hej" }, "label": "Anteckning" } ],
            """);

        var first = WorkflowDefinitionSerializer.Serialize(_loader.Load(File, json).Definition!);
        var second = WorkflowDefinitionSerializer.Serialize(_loader.Load(File, first).Definition!);

        Assert.Equal(first, second);
        Assert.Contains("\"title\": \"Å ä ö \\\"citat\\\"\"", first, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadDirectoryAsync_LoadsTopLevelJsonOnly_WhenFolderHasSchemaSubfolder()
    {
        var folder = Directory.CreateTempSubdirectory("labflow-flows-");
        try
        {
            Directory.CreateDirectory(Path.Combine(folder.FullName, "schema"));
            await System.IO.File.WriteAllTextAsync(Path.Combine(folder.FullName, "schema", "flow.schema.json"), "{ \"not\": \"a flow\" }");
            await System.IO.File.WriteAllTextAsync(Path.Combine(folder.FullName, "b.json"), Flow());
            await System.IO.File.WriteAllTextAsync(Path.Combine(folder.FullName, "a.json"), Flow());
            await System.IO.File.WriteAllTextAsync(Path.Combine(folder.FullName, "notes.txt"), "ignored");

            var results = await _loader.LoadDirectoryAsync(folder.FullName, CancellationToken.None);

            Assert.Equal(["a.json", "b.json"], results.Select(r => r.FileName));
            Assert.True(results[0].IsValid);
            Assert.Equal(["b.json: $.id: flow id 'test-flow' is also used by a.json; give each flow its own id."], results[1].Errors.Select(e => e.ToString()));
            Assert.Null(results[1].Definition);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task LoadDirectoryAsync_Throws_WhenFolderIsMissing()
    {
        var missing = Path.Combine(Path.GetTempPath(), "labflow-no-such-folder-" + Guid.NewGuid().ToString("N"));

        var error = await Assert.ThrowsAsync<DirectoryNotFoundException>(() => _loader.LoadDirectoryAsync(missing, CancellationToken.None));

        Assert.Equal($"The flow folder '{missing}' does not exist; create it or point LabFlow at the folder that holds the flow files.", error.Message);
    }

    private static void AssertErrors(string[] expected, string[] actual) =>
        Assert.Equal(string.Join("\n", expected), string.Join("\n", actual));

    private static string InputFlow(string type, string input, string value)
    {
        // Give each type its other required inputs so only the input under test can fail.
        var others = type switch
        {
            "UserTask" when input != "title" => "\"title\": \"Uppgift\", ",
            "Delay" when input == "until" => string.Empty,
            "Switch" when input != "cases" => "\"cases\": [], ",
            _ => string.Empty,
        };
        return Flow($$"""{ "id": "subject", "type": "{{type}}", "inputs": { {{others}}"{{input}}": {{value}} } }""", """{ "from": "start", "to": "subject" }""");
    }
}
