using System.Globalization;
using System.Text.Json.Nodes;
using LabFlow.Activities.Forms;

namespace LabFlow.Activities.Tests.Forms;

public sealed class FormValidatorTests
{
    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    private static FormDefinition Form(string json)
    {
        var parsed = FormDefinitionParser.Parse(JsonNode.Parse(json));
        Assert.Empty(parsed.Errors);
        return parsed.Form;
    }

    private static FormValidationResult Validate(FormDefinition form, string answers) =>
        FormValidator.Validate(form, JsonNode.Parse(answers)!.AsObject());

    private static (string Path, string Code, string Sv, string En)[] Described(FormValidationResult result) =>
        [.. result.Errors.Select(e => (e.Path, e.Code, e.Message.Get(Swedish), e.Message.Get(English)))];

    private static readonly FormDefinition AllTypes = Form("""
        [
          { "key": "title", "type": "Text", "label": "Rubrik", "required": true, "maxLength": 10 },
          { "key": "notes", "type": "LongText", "label": "Anteckningar" },
          { "key": "interviews", "type": "Number", "label": "Intervjuer", "min": 0, "max": 50 },
          { "key": "share", "type": "Number", "label": "Andel", "min": 0.5 },
          { "key": "held", "type": "Date", "label": "Datum" },
          { "key": "status", "type": "Choice", "label": "Status", "options": [ { "value": "green" }, { "value": "amber" }, { "value": "red" } ] },
          { "key": "spread", "type": "MultiChoice", "label": "Spridning", "minSelected": 2, "maxSelected": 3,
            "options": [ { "value": "gender" }, { "value": "age" }, { "value": "profession" }, { "value": "unit" } ] },
          { "key": "ready", "type": "Checklist", "label": "Klart?", "required": true,
            "items": [ { "value": "room" }, { "value": "invites" } ] },
          { "key": "score", "type": "Rating", "label": "Betyg" },
          { "key": "owner", "type": "Person", "label": "Ägare" },
          { "key": "material", "type": "Link", "label": "Material" }
        ]
        """);

    [Fact]
    public void Validate_NormalisesTheAnswers_WhenEveryAnswerIsValid()
    {
        var result = Validate(AllTypes, """
            {
              "title": "  Labb 1 ", "notes": "", "interviews": 12, "held": "2027-01-31", "status": "amber",
              "spread": ["unit", "gender", "unit"], "ready": { "invites": { "checked": false, "comment": " Skickas i morgon " }, "room": { "checked": true } },
              "score": 4, "owner": "6F9619FF-8B86-D011-B42D-00CF4FC964FF", "material": " https://goteborg.se/labb "
            }
            """);

        Assert.Empty(result.Errors);
        Assert.True(result.IsValid);
        Assert.Equal(
            """{"title":"Labb 1","interviews":12,"held":"2027-01-31","status":"amber","spread":["gender","unit"],"ready":{"room":{"checked":true},"invites":{"checked":false,"comment":"Skickas i morgon"}},"score":4,"owner":"6f9619ff-8b86-d011-b42d-00cf4fc964ff","material":"https://goteborg.se/labb"}""",
            result.Answers.ToJsonString());
    }

    [Fact]
    public void Validate_ReportsEveryErrorAtOnce_WithSwedishAndEnglishMessages()
    {
        var result = Validate(AllTypes, """
            {
              "title": "En alldeles för lång rubrik", "interviews": 51, "share": 0.25, "held": "31/1/2027", "status": "blue",
              "spread": ["gender", "colour"], "ready": { "room": { "checked": true }, "coffee": { "checked": true } },
              "score": 6, "owner": "Anna", "material": "goteborg.se", "extra": 1
            }
            """);

        Assert.False(result.IsValid);
        Assert.Equal(
            [
                ("title", "tooLong", "Texten får vara högst 10 tecken lång (den är 27).", "The text may be at most 10 characters long (it is 27)."),
                ("interviews", "tooLarge", "Talet får inte vara större än 50.", "The number may not be greater than 50."),
                ("share", "tooSmall", "Talet får inte vara mindre än 0,5.", "The number may not be less than 0.5."),
                ("held", "notDate", "Ange ett datum som ÅÅÅÅ-MM-DD, till exempel 2027-01-31.", "Enter a date as YYYY-MM-DD, for example 2027-01-31."),
                ("status", "notOption", "'blue' är inte ett av alternativen.", "'blue' is not one of the options."),
                ("spread[1]", "notOption", "'colour' är inte ett av alternativen.", "'colour' is not one of the options."),
                ("ready.invites", "notAnswered", "Svara ja eller nej.", "Answer yes or no."),
                ("ready.coffee", "unknownItem", "Checklistan har ingen punkt som heter 'coffee'.", "The checklist has no item named 'coffee'."),
                ("score", "notRating", "Ge ett betyg från 1 till 5.", "Give a rating from 1 to 5."),
                ("owner", "notPerson", "Välj en person i listan.", "Choose a person from the list."),
                ("material", "notLink", "Ange en fullständig webbadress som börjar med http:// eller https://.", "Enter a full web address starting with http:// or https://."),
                ("extra", "unknownField", "Formuläret har inget fält som heter 'extra'.", "The form has no field named 'extra'."),
            ],
            Described(result));
        Assert.Empty(result.Answers);
    }

    [Fact]
    public void Validate_ReportsRequiredFields_WhenTheyAreMissingOrBlank()
    {
        var result = Validate(AllTypes, """{ "title": "   " }""");

        Assert.Equal(
            [
                ("title", "required", "Fältet måste fyllas i.", "This field is required."),
                ("ready", "required", "Fältet måste fyllas i.", "This field is required."),
            ],
            Described(result));
    }

    [Theory]
    [InlineData("\"12\"")]
    [InlineData("true")]
    [InlineData("[1]")]
    public void Validate_RefusesANumber_WhenItIsNotAJsonNumber(string answer)
    {
        var result = Validate(Form("""[ { "key": "n", "type": "Number", "label": "N" } ]"""), $$"""{ "n": {{answer}} }""");

        var error = Assert.Single(result.Errors);
        Assert.Equal(("n", "notNumber", "Ange ett tal.", "Enter a number."), (error.Path, error.Code, error.Message.Get(Swedish), error.Message.Get(English)));
    }

    [Theory]
    [InlineData("\"ftp://example.org/file\"")]
    [InlineData("\"mailto:anna@example.org\"")]
    [InlineData("\"/relative/path\"")]
    [InlineData("\"javascript:alert(1)\"")]
    public void Validate_RefusesALink_WhenItIsNotAnAbsoluteHttpUrl(string answer)
    {
        var result = Validate(Form("""[ { "key": "l", "type": "Link", "label": "L" } ]"""), $$"""{ "l": {{answer}} }""");

        Assert.Equal("notLink", Assert.Single(result.Errors).Code);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("3.5")]
    [InlineData("\"3\"")]
    public void Validate_RefusesARating_WhenItIsNotAWholeNumberFromOneToFive(string answer)
    {
        var result = Validate(Form("""[ { "key": "r", "type": "Rating", "label": "R" } ]"""), $$"""{ "r": {{answer}} }""");

        Assert.Equal("notRating", Assert.Single(result.Errors).Code);
    }

    [Fact]
    public void Validate_RefusesAPerson_WhenTheIdIsTheEmptyGuid()
    {
        var result = Validate(Form("""[ { "key": "p", "type": "Person", "label": "P" } ]"""), """{ "p": "00000000-0000-0000-0000-000000000000" }""");

        Assert.Equal("notPerson", Assert.Single(result.Errors).Code);
    }

    [Fact]
    public void Validate_ChecksHowManyOptionsAreSelected_WhenAMultiChoiceIsAnswered()
    {
        var tooFew = Validate(AllTypes, """{ "title": "T", "ready": { "room": { "checked": true }, "invites": { "checked": true } }, "spread": ["age"] }""");
        var tooMany = Validate(AllTypes, """{ "title": "T", "ready": { "room": { "checked": true }, "invites": { "checked": true } }, "spread": ["age", "gender", "unit", "profession"] }""");

        Assert.Equal([("spread", "tooFewSelected", "Välj minst 2 alternativ.", "Select at least 2 options.")], Described(tooFew));
        Assert.Equal([("spread", "tooManySelected", "Välj högst 3 alternativ.", "Select at most 3 options.")], Described(tooMany));
    }

    [Fact]
    public void Validate_ReportsRowFieldsByRowPath_WhenAGroupHasErrors()
    {
        var form = Form("""
            [ { "key": "log", "type": "Group", "label": "Testlogg", "required": true, "maxRows": 2,
                "fields": [ { "key": "date", "type": "Date", "label": "Datum", "required": true },
                            { "key": "n", "type": "Number", "label": "Antal", "min": 1 },
                            { "key": "lesson", "type": "LongText", "label": "Lärdom" } ] } ]
            """);

        var result = Validate(form, """{ "log": [ { "date": "2027-02-01", "n": 4 }, { "n": 0, "feedback": "x" }, "row" ] }""");

        Assert.Equal(
            [
                ("log", "tooManyRows", "Det får finnas högst 2 rader.", "There may be at most 2 rows."),
                ("log[1].date", "required", "Fältet måste fyllas i.", "This field is required."),
                ("log[1].n", "tooSmall", "Talet får inte vara mindre än 1.", "The number may not be less than 1."),
                ("log[1].feedback", "unknownField", "Formuläret har inget fält som heter 'feedback'.", "The form has no field named 'feedback'."),
                ("log[2]", "notRow", "Raden måste vara ett objekt med radens fält.", "The row must be an object of the row's fields."),
            ],
            Described(result));
    }

    [Fact]
    public void Validate_AsksForRows_WhenAGroupHasFewerThanMinRows()
    {
        var form = Form("""[ { "key": "g", "type": "Group", "label": "G", "minRows": 2, "fields": [ { "key": "a", "type": "Text", "label": "A" } ] } ]""");

        var one = Validate(form, """{ "g": [ { "a": "x" } ] }""");
        var none = Validate(form, """{ "g": [] }""");

        Assert.Equal([("g", "tooFewRows", "Lägg till minst 2 rader.", "Add at least 2 rows.")], Described(one));
        Assert.Empty(none.Errors);
    }

    [Fact]
    public void Validate_KeepsTheRowsNormalised_WhenAGroupIsValid()
    {
        var form = Form("""[ { "key": "g", "type": "Group", "label": "G", "fields": [ { "key": "a", "type": "Text", "label": "A" }, { "key": "d", "type": "Date", "label": "D" } ] } ]""");

        var result = Validate(form, """{ "g": [ { "a": " x ", "d": "2027-03-01" }, { "a": "y" } ] }""");

        Assert.Empty(result.Errors);
        Assert.Equal("""{"g":[{"a":"x","d":"2027-03-01"},{"a":"y"}]}""", result.Answers.ToJsonString());
    }

    [Fact]
    public void Validate_RefusesWrongShapes_WhenAnswersAreNotWhatTheFieldTakes()
    {
        var form = Form("""
            [ { "key": "t", "type": "Text", "label": "T" },
              { "key": "m", "type": "MultiChoice", "label": "M", "options": [ { "value": "a" } ] },
              { "key": "c", "type": "Checklist", "label": "C", "items": [ { "value": "a" } ] },
              { "key": "g", "type": "Group", "label": "G", "fields": [ { "key": "a", "type": "Text", "label": "A" } ] } ]
            """);

        var result = Validate(form, """{ "t": 5, "m": "a", "c": ["a"], "g": { "a": "x" } }""");

        Assert.Equal(
            [
                ("t", "notText", "Svaret måste vara text.", "The answer must be text."),
                ("m", "notList", "Svaret måste vara en lista med alternativ.", "The answer must be a list of options."),
                ("c", "notChecklist", "Svaret måste ange ja eller nej för varje punkt i checklistan.", "The answer must give yes or no for each item of the checklist."),
                ("g", "notRows", "Svaret måste vara en lista med rader.", "The answer must be a list of rows."),
            ],
            Described(result));
    }

    [Fact]
    public void Validate_ListsEveryChosenPersonWithItsPath_SoTheCallerCanCheckTheyExist()
    {
        var form = Form("""
            [ { "key": "owner", "type": "Person", "label": "Ägare" },
              { "key": "log", "type": "Group", "label": "Logg", "fields": [ { "key": "who", "type": "Person", "label": "Vem" } ] } ]
            """);

        var result = Validate(form, """
            { "owner": "6f9619ff-8b86-d011-b42d-00cf4fc964ff", "log": [ {}, { "who": "0f8fad5b-d9cb-469f-a165-70867728950e" } ] }
            """);

        Assert.Equal(
            [
                new FormPersonAnswer("owner", Guid.Parse("6f9619ff-8b86-d011-b42d-00cf4fc964ff")),
                new FormPersonAnswer("log[1].who", Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e")),
            ],
            result.People);
        var unknown = FormError.UnknownPerson(result.People[1].Path);
        Assert.Equal(
            ("log[1].who", "unknownPerson", "Personen finns inte i LabFlow. Välj en person i listan.", "The person is not in LabFlow. Choose a person from the list."),
            (unknown.Path, unknown.Code, unknown.Message.Get(Swedish), unknown.Message.Get(English)));
    }
}
