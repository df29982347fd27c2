using LabFlow.Activities.Methods;

namespace LabFlow.Activities.Tests.Methods;

/// <summary>A broken method file names the file, the JSON path and the fix, for every problem at once.</summary>
public sealed class MethodJsonTests
{
    private const string Valid = """
        {
          "id": "samtalskort",
          "name": { "sv": "Samtalskort", "en": "Conversation cards" },
          "purpose": { "sv": "Starta samtal.", "en": "Start conversations." },
          "phases": ["explore"],
          "minutes": { "min": 20, "max": 40 },
          "groupSize": { "min": 3, "max": 8 },
          "instructions": { "sv": "1. Dra ett kort.", "en": "1. Draw a card." },
          "equality": { "grounds": ["age"], "inclusion": { "sv": "Läs upp korten.", "en": "Read the cards aloud." } },
          "source": "Egen metod."
        }
        """;

    [Fact]
    public void Parse_GivesTheMethod_WhenTheFileIsValid()
    {
        var result = MethodJson.Parse("samtalskort.json", Valid);

        Assert.True(result.IsValid);
        Assert.Equal("Conversation cards", result.Method!.Name.Get(System.Globalization.CultureInfo.GetCultureInfo("en")));
        Assert.Null(result.Method.Materials);
    }

    [Fact]
    public void Parse_NamesFilePathAndFix_ForEveryProblemOfABrokenFile()
    {
        var broken = Valid
            .Replace("\"min\": 20, \"max\": 40", "\"min\": 40, \"max\": 20", StringComparison.Ordinal)
            .Replace("\"groupSize\": { \"min\": 3, \"max\": 8 }", "\"groupSize\": \"3-8\"", StringComparison.Ordinal)
            .Replace("[\"explore\"]", "[\"explore\", \"dream\"]", StringComparison.Ordinal)
            .Replace("[\"age\"]", "[\"age\", \"height\"]", StringComparison.Ordinal)
            .Replace("\"source\": \"Egen metod.\"", "\"source\": 7, \"steps\": []", StringComparison.Ordinal);

        var result = MethodJson.Parse("samtalskort.json", broken);

        Assert.Null(result.Method);
        Assert.Equal(
            [
                "samtalskort.json: $.steps: A method has no field 'steps'; remove it or fix its spelling (the fields are id, name, purpose, phases, minutes, groupSize, materials, instructions, equality, source).",
                "samtalskort.json: $.groupSize: Give the group size as an object with the whole numbers \"min\" and \"max\", such as { \"min\": 3, \"max\": 12 }.",
                "samtalskort.json: $.source: Give the source as a string or an object with \"sv\" and \"en\", such as { \"sv\": \"…\", \"en\": \"…\" }.",
                "samtalskort.json: $.minutes: The values of the time in minutes must lie between 1 and 480, with min no greater than max (got 40–20).",
                "samtalskort.json: $.phases[1]: Phase 'dream' does not exist; choose from prepare, explore, ideate, prototype, evaluate, follow-up.",
                "samtalskort.json: $.equality.grounds[1]: Ground of discrimination 'height' does not exist; choose from sex, transgenderIdentity, ethnicity, religion, disability, sexualOrientation, age, socioeconomics.",
            ],
            result.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void Parse_SaysTheFileIsNotJson_WhenTheSyntaxIsBroken()
    {
        var result = MethodJson.Parse("trasig.json", "{ \"id\": ");

        var error = Assert.Single(result.Errors);
        Assert.Equal(("trasig.json", "$"), (error.File, error.Path));
        Assert.StartsWith("The file is not valid JSON (", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("); fix the syntax.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_AsksForSwedishText_WhenARequiredTextIsMissing()
    {
        var result = MethodJson.Parse("samtalskort.json", Valid.Replace("\"purpose\": { \"sv\": \"Starta samtal.\", \"en\": \"Start conversations.\" },", "", StringComparison.Ordinal));

        Assert.Equal(
            ["samtalskort.json: $.purpose: Write the purpose in Swedish (\"sv\"), and preferably in English (\"en\") too."],
            result.Errors.Select(e => e.ToString()));
    }
}
