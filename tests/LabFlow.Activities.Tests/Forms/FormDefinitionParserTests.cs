using System.Text.Json.Nodes;
using LabFlow.Activities.Forms;

namespace LabFlow.Activities.Tests.Forms;

public sealed class FormDefinitionParserTests
{
    private static FormParseResult Parse(string json) => FormDefinitionParser.Parse(JsonNode.Parse(json));

    private static string[] Errors(string json) => [.. Parse(json).Errors.Select(e => e.ToString())];

    [Fact]
    public void Parse_ReadsEveryFieldType_WhenTheFormIsValid()
    {
        var result = Parse("""
            [
              { "key": "interviews", "type": "Number", "label": { "sv": "Antal intervjuer", "en": "Interviews" },
                "help": { "sv": "Sikta på 5–15.", "en": "Aim for 5–15." }, "required": true, "min": 0, "max": 50 },
              { "key": "question", "type": "Text", "label": "Hur kan vi …?", "maxLength": 200 },
              { "key": "notes", "type": "LongText", "label": "Anteckningar" },
              { "key": "held", "type": "Date", "label": "Datum" },
              { "key": "status", "type": "Choice", "label": "Status",
                "options": [ { "value": "green", "label": { "sv": "Grön", "en": "Green" } }, { "value": "red" } ] },
              { "key": "spread", "type": "MultiChoice", "label": "Spridning", "minSelected": 1, "maxSelected": 2,
                "options": [ { "value": "gender" }, { "value": "age" }, { "value": "profession" } ] },
              { "key": "ready", "type": "Checklist", "label": "Klart?", "items": [ { "value": "room", "label": "Lokal" } ] },
              { "key": "score", "type": "Rating", "label": "Betyg" },
              { "key": "owner", "type": "Person", "label": "Ägare", "role": "Sponsor" },
              { "key": "material", "type": "Link", "label": "Material" },
              { "key": "participants", "type": "Group", "label": "Deltagare", "minRows": 1, "maxRows": 30,
                "fields": [ { "key": "name", "type": "Text", "label": "Namn", "required": true } ] }
            ]
            """);

        Assert.Empty(result.Errors);
        var fields = result.Form.Fields;
        Assert.Equal(
            ["interviews", "question", "notes", "held", "status", "spread", "ready", "score", "owner", "material", "participants"],
            fields.Select(f => f.Key));
        Assert.Equal(FormFieldType.Number, fields[0].Type);
        Assert.Equal("Interviews", fields[0].Label.Get(new System.Globalization.CultureInfo("en")));
        Assert.True(fields[0].Required);
        Assert.Equal(0m, fields[0].Min);
        Assert.Equal(50m, fields[0].Max);
        Assert.Equal(200, fields[1].MaxLength);
        Assert.Equal(["green", "red"], fields[4].Options.Select(o => o.Value));
        Assert.Equal("red", fields[4].Options[1].Label.Get());
        Assert.Equal((1, 2), (fields[5].MinSelected, fields[5].MaxSelected));
        Assert.Equal("room", Assert.Single(fields[6].Items).Value);
        Assert.Equal("Sponsor", fields[8].Role);
        Assert.Equal("name", Assert.Single(fields[10].Fields).Key);
        Assert.Equal((1, 30), (fields[10].MinRows, fields[10].MaxRows));
    }

    [Fact]
    public void Parse_GivesAnEmptyForm_WhenThereIsNoFormInput()
    {
        var result = FormDefinitionParser.Parse(null);

        Assert.True(result.IsValid);
        Assert.True(result.Form.IsEmpty);
    }

    [Fact]
    public void Parse_ExpandsAPreset_UnderTheGivenKey()
    {
        var result = Parse("""[ { "key": "grounds", "preset": "discriminationGrounds", "required": true } ]""");

        var field = Assert.Single(result.Form.Fields);
        Assert.Empty(result.Errors);
        Assert.Equal("grounds", field.Key);
        Assert.Equal(FormFieldType.MultiChoice, field.Type);
        Assert.Equal("discriminationGrounds", field.Preset);
        Assert.True(field.Required);
        Assert.Equal(8, field.Options.Count);
    }

    [Fact]
    public void Parse_ReportsTheForm_WhenItIsNotAnArray()
    {
        Assert.Equal(
            ["expected an array of fields but found {\"key\":\"notes\"}; write the form as [ { \"key\": \"notes\", \"type\": \"LongText\", \"label\": \"Anteckningar\" } ]."],
            Errors("""{ "key": "notes" }"""));
    }

    [Fact]
    public void Parse_ReportsEveryErrorWithItsPath_WhenSeveralFieldsAreWrong()
    {
        var errors = Errors("""
            [
              { "key": "a", "type": "Txt", "label": "A" },
              { "type": "Text", "label": "B" },
              { "key": "c", "type": "Choice", "label": "C", "options": [] },
              { "key": "d", "type": "Number", "label": "D", "options": [ { "value": "x" } ], "lable": "D" },
              { "key": "e", "type": "Text" },
              { "key": "a", "type": "Text", "label": "A again" },
              { "key": "first name", "type": "Text", "label": "F" }
            ]
            """);

        Assert.Equal(
            [
                "[0].type: unknown field type 'Txt' (did you mean 'Text'?); use one of Text, LongText, Number, Date, Choice, MultiChoice, Checklist, Rating, Person, Link, Group, File.",
                "[1].key: the field has no key; add \"key\": \"…\" (the name its answer is stored under, such as \"interviews\").",
                "[2].options: a Choice field needs at least one option; add \"options\": [{ \"value\": \"yes\", \"label\": { \"sv\": \"Ja\", \"en\": \"Yes\" } }].",
                "[3].options: 'options' does not apply to a Number field; remove it.",
                "[3].lable: unknown key 'lable' (did you mean 'label'?); this field takes key, type, label, help, required, personal, initial, min, max.",
                "[4].label: the field has no label; add \"label\": { \"sv\": \"…\", \"en\": \"…\" }.",
                "[5].key: the key 'a' is already used by field [0]; give each field its own key.",
                "[6].key: 'first name' is not a valid key; start with a letter and use only letters, digits and _ (such as \"targetGroup\"), so later steps can read it as tasks.<step>.<key>.",
            ],
            errors);
    }

    [Fact]
    public void Parse_ReportsOptionErrors_WithTheOptionsPath()
    {
        var errors = Errors("""
            [ { "key": "s", "type": "MultiChoice", "label": "S", "minSelected": 3, "maxSelected": 2,
                "options": [ "green", { "value": "red" }, { "value": "red" }, { "label": "No value" }, { "value": "x", "colour": "blue" } ] } ]
            """);

        Assert.Equal(
            [
                "[0].options[0]: expected an option object but found \"green\"; write it as { \"value\": \"green\", \"label\": \"green\" }.",
                "[0].options[2].value: the value 'red' is already used by option [0].options[1]; give each option its own value.",
                "[0].options[3].value: the option has no value; add \"value\": \"…\" (a short stable name stored in the answers, such as \"yes\").",
                "[0].options[4].colour: unknown key 'colour'; an option takes value and label.",
                "[0].maxSelected: maxSelected (2) is less than minSelected (3); make maxSelected at least 3.",
            ],
            errors);
    }

    [Fact]
    public void Parse_ReportsNestedGroupFields_WithTheirPath()
    {
        var errors = Errors("""
            [ { "key": "log", "type": "Group", "label": "Testlogg", "minRows": 2, "maxRows": 1,
                "fields": [ { "key": "n", "type": "Number", "label": "n", "min": 10, "max": 5 }, { "key": "who", "type": "Person", "label": "Vem", "role": "Facilitatr" } ] },
              { "key": "empty", "type": "Group", "label": "Tom" } ]
            """);

        Assert.Equal(
            [
                "[0].fields[0].max: max (5) is less than min (10); make max at least 10.",
                "[0].fields[1].role: unknown role 'Facilitatr' (did you mean 'Facilitator'?); roles are Admin, Designer, Facilitator, Coordinator, Communicator, HR, Sponsor, Participant, ProjectLead, TrainingCoordinator, ProjectCommunicator, EconomistAdministrator, ProjectHR.",
                "[0].maxRows: maxRows (1) is less than minRows (2); make maxRows at least 2.",
                "[1].fields: a Group field needs the fields of one row; add \"fields\": [{ \"key\": \"name\", \"type\": \"Text\", \"label\": \"Namn\" }].",
            ],
            errors);
    }

    [Fact]
    public void Parse_ReportsPresetMistakes_WhenAPresetIsUnknownOrCombinedWithAType()
    {
        var errors = Errors("""
            [ { "key": "g", "preset": "discriminationGround" },
              { "key": "r", "preset": "riskTable", "type": "Group", "options": [] },
              { "key": "c", "preset": "skrChecklist", "required": "yes" } ]
            """);

        Assert.Equal(
            [
                "[0].preset: unknown preset 'discriminationGround' (did you mean 'discriminationGrounds'?); use one of discriminationGrounds, equalityTargetAreas, employerAreas, threeR, skrChecklist, riskTable, equalityGrounds, jamkasPlus, dataProtection, indicatorsBySex, indicatorsBySexFollowUp.",
                "[1].type: a field has either a type or a preset, not both; remove \"type\" (the preset decides it).",
                "[1].options: 'options' cannot be given with a preset; remove it (a preset field takes key, preset, required, label, help, personal, initial).",
                "[2].required: expected true or false but found \"yes\"; write true or false without quotes.",
            ],
            errors);
    }

    [Fact]
    public void Parse_ReportsBadTextsAndNumbers_WhenTheyHaveTheWrongShape()
    {
        var errors = Errors("""
            [ { "key": "a", "type": "Text", "label": { "sv": 1 }, "maxLength": 0 },
              { "key": "b", "type": "Number", "label": [], "min": "0" },
              { "key": "c", "type": "Rating", "label": {} , "help": 5 } ]
            """);

        Assert.Equal(
            [
                "[0].label.sv: expected a string but found 1; write the value in double quotes.",
                "[0].maxLength: expected a whole number of 1 or more but found 0; write it without quotes, such as 1.",
                "[1].label: expected a text: a string, or { \"sv\": \"…\", \"en\": \"…\" } but found [].",
                "[1].min: expected a number but found \"0\"; write the number without quotes.",
                "[2].label: the text has no cultures; write a string, or add at least \"sv\": \"…\".",
                "[2].help: expected a text: a string, or { \"sv\": \"…\", \"en\": \"…\" } but found 5.",
            ],
            errors);
    }

    [Fact]
    public void Parse_RefusesSection_WhenAFlowWritesItAsAType()
    {
        Assert.Equal(
            ["[0].type: unknown field type 'Section'; use one of Text, LongText, Number, Date, Choice, MultiChoice, Checklist, Rating, Person, Link, Group, File."],
            Errors("""[ { "key": "s", "type": "Section", "label": "S" } ]"""));
    }
}
