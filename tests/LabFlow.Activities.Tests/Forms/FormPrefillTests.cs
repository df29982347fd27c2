using System.Text.Json.Nodes;
using LabFlow.Activities.Forms;

namespace LabFlow.Activities.Tests.Forms;

/// <summary>The grammar of a field's <c>initial</c> and what of a value a field keeps.</summary>
public sealed class FormPrefillTests
{
    private static FormParseResult Parse(string json) => FormDefinitionParser.Parse(JsonNode.Parse(json));

    [Fact]
    public void Parse_ReadsInitial_WhenItIsAReferenceOrAScript()
    {
        var result = Parse("""
            [
              { "key": "a", "type": "Number", "label": "A", "initial": "tasks.baseline.sickLeave" },
              { "key": "b", "type": "Text", "label": "B", "initial": "vars.challenge" },
              { "key": "c", "preset": "riskTable", "initial": { "js": "tasks.investigate.risks" } }
            ]
            """);

        Assert.Empty(result.Errors);
        Assert.Equal(["\"tasks.baseline.sickLeave\"", "\"vars.challenge\"", """{"js":"tasks.investigate.risks"}"""], result.Form.Fields.Select(f => f.Initial!.ToJsonString()));
    }

    [Fact]
    public void Parse_Refuses_WhenInitialIsNotAReferenceOrIsOnATableColumn()
    {
        var result = Parse("""
            [
              { "key": "a", "type": "Number", "label": "A", "initial": "baseline" },
              { "key": "b", "type": "Number", "label": "B", "initial": 3 },
              { "key": "c", "type": "Group", "label": "C", "fields": [ { "key": "x", "type": "Text", "label": "X", "initial": "vars.x" } ] }
            ]
            """);

        Assert.Equal(
            [
                "[0].initial: 'baseline' is not a reference; write a reference such as \"tasks.baseline.indicators\", \"vars.ranking\" or \"inputs.challenge\", or { \"js\": \"…\" }.",
                "[1].initial: expected a reference such as \"tasks.baseline.indicators\", \"vars.ranking\" or \"inputs.challenge\", or { \"js\": \"…\" } but found a number (3).",
                "[2].fields[0].initial: a column of a table cannot have its own initial value; give the table an \"initial\" that returns its rows instead.",
            ],
            result.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void StepIds_FindsEveryStepAScriptReads()
    {
        var steps = FormPrefill.StepIds(JsonNode.Parse("""{ "js": "tasks.investigate.risks.concat(tasks['analyse'].analysis, tasks.investigate.other)" }"""));

        Assert.Equal(["investigate", "analyse"], steps);
    }

    [Fact]
    public void Fit_KeepsOnlyWhatTheTableCanHold_WhenRowsCarryOtherData()
    {
        var table = Parse("""
            [ { "key": "ideas", "type": "Group", "label": "Idéer", "maxRows": 2, "fields": [
                { "key": "idea", "type": "Text", "label": "Idé", "maxLength": 5 },
                { "key": "votes", "type": "Number", "label": "Röster" },
                { "key": "kind", "type": "Choice", "label": "Typ", "options": [ { "value": "a" } ] } ] } ]
            """).Form.Fields[0];

        var fitted = FormPrefill.Fit(table, JsonNode.Parse("""
            [ { "idea": "Mentorskap", "votes": 4, "author": "0d1f", "kind": "a" },
              { "idea": "Lön", "votes": "2", "kind": "zzz" },
              { "idea": "Tredje", "votes": 1 } ]
            """));

        Assert.Equal("""[{"idea":"Mento","votes":4,"kind":"a"},{"idea":"Lön","votes":2}]""", fitted!.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }
}
