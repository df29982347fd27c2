using System.Text.Json.Nodes;
using LabFlow.Activities.Forms;

namespace LabFlow.Activities.Tests.Forms;

public sealed class ParsedFormsTests
{
    private const string Form = """
        [
          { "key": "interviews", "type": "Number", "label": "Antal intervjuer", "required": true, "min": 0, "max": 50 },
          { "key": "status", "type": "Choice", "label": "Status", "options": [ { "value": "green" }, { "value": "red" } ] },
          { "key": "summary", "type": "LongText", "label": "Sammanfattning", "initial": "tasks.baseline.summary" }
        ]
        """;

    private static JsonArray FormOf(string json) => JsonNode.Parse(json)!.AsArray();

    [Fact]
    public void Parse_GivesWhatTheParserGives_WhenTheFormIsValid()
    {
        var parsed = new ParsedForms().Parse(FormOf(Form));
        var expected = FormDefinitionParser.Parse(FormOf(Form));

        Assert.Empty(parsed.Errors);
        Assert.Equal(expected.Form.Fields.Select(f => (f.Key, f.Type, f.Required, f.Min, f.Max)), parsed.Form.Fields.Select(f => (f.Key, f.Type, f.Required, f.Min, f.Max)));
        Assert.Equal(["green", "red"], parsed.Form.Fields[1].Options.Select(o => o.Value));
        Assert.Equal("\"tasks.baseline.summary\"", parsed.Form.Fields[2].Initial?.ToJsonString());
    }

    [Fact]
    public void Parse_ReturnsTheSameResult_WhenAnotherCopyOfTheSameFormIsParsed()
    {
        var forms = new ParsedForms();

        var first = forms.Parse(FormOf(Form));
        var second = forms.Parse(FormOf(Form));

        Assert.Same(first, second);
        Assert.Equal(1, forms.Count);
    }

    [Fact]
    public void Parse_ParsesAgain_WhenTheFormTextDiffers()
    {
        var forms = new ParsedForms();
        var first = forms.Parse(FormOf(Form));

        var changed = forms.Parse(FormOf(Form.Replace("\"max\": 50", "\"max\": 40", StringComparison.Ordinal)));

        Assert.NotSame(first, changed);
        Assert.Equal(50m, first.Form.Fields[0].Max);
        Assert.Equal(40m, changed.Form.Fields[0].Max);
    }

    [Fact]
    public void Parse_KeepsEveryDefinitionError_WhenTheFormIsInvalid()
    {
        var forms = new ParsedForms();
        const string invalid = """[ { "key": "a", "type": "Nummer", "label": "A" }, { "key": "a", "type": "Text", "label": "B" }, { "type": "Text" } ]""";

        var cached = forms.Parse(FormOf(invalid));
        var again = forms.Parse(FormOf(invalid));

        Assert.Equal(FormDefinitionParser.Parse(FormOf(invalid)).Errors.Select(e => e.ToString()), again.Errors.Select(e => e.ToString()));
        Assert.Same(cached, again);
        Assert.True(again.Errors.Count >= 3);
    }

    [Fact]
    public void Parse_IsNotChanged_WhenTheCallersFormChangesAfterwards()
    {
        var forms = new ParsedForms();
        var form = FormOf(Form);
        var parsed = forms.Parse(form);

        form[0]!.AsObject()["max"] = 10;
        form.RemoveAt(2);

        Assert.Equal(50m, parsed.Form.Fields[0].Max);
        Assert.Equal(3, forms.Parse(FormOf(Form)).Form.Fields.Count);
        Assert.Same(parsed, forms.Parse(FormOf(Form)));
    }

    [Fact]
    public void Parse_GivesAnEmptyForm_WhenThereIsNoForm()
    {
        var parsed = new ParsedForms().Parse(null);

        Assert.True(parsed.Form.IsEmpty);
        Assert.Empty(parsed.Errors);
    }

    [Fact]
    public void Parse_StartsOver_WhenMoreFormsThanItsCapacityWereParsed()
    {
        var forms = new ParsedForms();

        for (var i = 0; i <= ParsedForms.Capacity; i++)
        {
            forms.Parse(FormOf($$"""[ { "key": "f{{i}}", "type": "Text", "label": "F" } ]"""));
        }

        Assert.Equal(1, forms.Count);
        Assert.Equal($"f{ParsedForms.Capacity}", Assert.Single(forms.Parse(FormOf($$"""[ { "key": "f{{ParsedForms.Capacity}}", "type": "Text", "label": "F" } ]""")).Form.Fields).Key);
    }
}
