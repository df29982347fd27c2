using System.Globalization;
using System.Text.Json.Nodes;
using LabFlow.Activities.Forms;

namespace LabFlow.Activities.Tests.Forms;

public sealed class FormPresetsTests
{
    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    private const string ValidPerson = "6f9619ff-8b86-d011-b42d-00cf4fc964ff";

    private static FormDefinition Form(string json)
    {
        var parsed = FormDefinitionParser.Parse(JsonNode.Parse(json));
        Assert.Empty(parsed.Errors);
        return parsed.Form;
    }

    private static (string Path, string Code, string Sv, string En)[] Described(FormValidationResult result) =>
        [.. result.Errors.Select(e => (e.Path, e.Code, e.Message.Get(Swedish), e.Message.Get(English)))];

    [Fact]
    public void Create_GivesTheSevenGroundsPlusSocioeconomics_ForDiscriminationGrounds()
    {
        var field = FormPresets.Create("discriminationGrounds", "grounds", required: true)!;

        Assert.Equal(
            ["Kön", "Könsöverskridande identitet eller uttryck", "Etnisk tillhörighet", "Religion eller annan trosuppfattning",
             "Funktionsnedsättning", "Sexuell läggning", "Ålder", "Socioekonomi"],
            field.Options.Select(o => o.Label.Get(Swedish)));
        Assert.Equal(
            ["sex", "transgenderIdentity", "ethnicity", "religion", "disability", "sexualOrientation", "age", "socioeconomics"],
            field.Options.Select(o => o.Value));
    }

    [Fact]
    public void Create_GivesTheFourTargetAreasOfTheEqualCityProgramme_ForEqualityTargetAreas()
    {
        var field = FormPresets.Create("equalityTargetAreas", "areas", required: true)!;

        Assert.Equal(FormFieldType.MultiChoice, field.Type);
        Assert.Equal(
            ["God start och goda uppväxtvillkor", "Förutsättningar för arbete", "Hållbara och jämlika livsmiljöer", "Delaktighet, inflytande och tillit"],
            field.Options.Select(o => o.Label.Get(Swedish)));
    }

    [Fact]
    public void Create_GivesTheFiveEmployerAreas_ForEmployerAreas()
    {
        var field = FormPresets.Create("employerAreas", "areas", required: false)!;

        Assert.Equal(
            ["Arbetsförhållanden", "Löner och anställningsvillkor", "Rekrytering och befordran", "Utbildning och kompetensutveckling",
             "Möjligheter att förena arbete och föräldraskap"],
            field.Options.Select(o => o.Label.Get(Swedish)));
    }

    [Fact]
    public void Create_GivesTheScreeningQuestionAndPointsTwoToFive_ForSkrChecklist()
    {
        var field = FormPresets.Create("skrChecklist", "skr", required: true)!;

        Assert.Equal(FormFieldType.Section, field.Type);
        Assert.Equal(["affectsGroups", "notApplicableReason", "points"], field.Fields.Select(f => f.Key));
        var screening = field.Fields[0];
        Assert.Equal((FormFieldType.Choice, true), (screening.Type, screening.Required));
        Assert.Equal(["yes", "no"], screening.Options.Select(o => o.Value));
        Assert.Equal(
            ["statisticsBySex", "consequencesPerGroup", "measuresForDifferences", "measuresAgainstGoals"],
            field.Fields[2].Items.Select(i => i.Value));
        Assert.StartsWith("Punkt 1 avgör om checklistan gäller. Svarar ni nej gäller den inte", field.Help!.Get(Swedish), StringComparison.Ordinal);
    }

    [Fact]
    public void Create_GivesTheSixOtherGroundsPlusSocioeconomics_ForEqualityGrounds()
    {
        var field = FormPresets.Create("equalityGrounds", "grounds", required: true)!;

        Assert.Equal(FormFieldType.Checklist, field.Type);
        Assert.Equal(
            ["transgenderIdentity", "ethnicity", "religion", "disability", "sexualOrientation", "age", "socioeconomics"],
            field.Items.Select(i => i.Value));
    }

    [Fact]
    public void Create_OffersOnlyTheSevenLegalGrounds_ForTheRiskTable()
    {
        var field = FormPresets.Create("riskTable", "risks", required: true)!;

        Assert.Equal(
            ["sex", "transgenderIdentity", "ethnicity", "religion", "disability", "sexualOrientation", "age"],
            field.Fields.Single(f => f.Key == "ground").Options.Select(o => o.Value));
    }

    [Fact]
    public void Create_CreditsTheThreeRMethodToSvenskaKommunforbundetAndJamStod_ForThreeR()
    {
        var field = FormPresets.Create("threeR", "analysis", required: true)!;

        Assert.StartsWith("3R-metoden, utvecklad för Svenska Kommunförbundet (i dag SKR) och spridd av JämStöd", field.Help!.Get(Swedish), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_AsksWhatWhyWhoAndHowLong_WhenDataProtectionIsRequired()
    {
        var form = Form("""[ { "key": "dataProtection", "preset": "dataProtection", "required": true } ]""");

        var result = FormValidator.Validate(form, JsonNode.Parse("""{ "dataProtection": { "collected": "Anteckningar utan namn." } }""")!.AsObject());

        Assert.Equal(
            ["dataProtection.purpose", "dataProtection.legalBasis", "dataProtection.readers", "dataProtection.retention", "dataProtection.sensitiveData"],
            result.Errors.Select(e => e.Path));
    }

    [Fact]
    public void Validate_RequiresTheVerdictAndConclusions_WhenJamkasPlusIsRequired()
    {
        var form = Form("""[ { "key": "analysis", "preset": "jamkasPlus", "required": true } ]""");

        var result = FormValidator.Validate(form, JsonNode.Parse("""
            { "analysis": { "targetGroups": "Sökande", "pattern": "Färre män söker", "observation": "Annonserna", "causes": "Normer",
                            "consequences": "Snedrekrytering", "analysis": "Annonserna speglar normen." } }
            """)!.AsObject());

        Assert.Equal(["analysis.verdict", "analysis.conclusions"], result.Errors.Select(e => e.Path));
    }

    [Fact]
    public void Create_KeepsTheFlowsLabelAndHelp_WhenTheFieldGivesThem()
    {
        var field = FormPresets.Create("employerAreas", "areas", false, Workflows.Definitions.LocalizedText.Of("Områden"), Workflows.Definitions.LocalizedText.Of("Välj"))!;

        Assert.Equal(("Områden", "Välj"), (field.Label.Get(), field.Help!.Get()));
    }

    [Fact]
    public void Create_GivesNull_WhenThePresetIsUnknown()
    {
        Assert.Null(FormPresets.Create("fourR", "x", required: false));
    }

    [Fact]
    public void Validate_RequiresRepresentationResourcesAndRealia_WhenThreeRIsRequired()
    {
        var form = Form("""[ { "key": "analysis", "preset": "threeR", "required": true } ]""");

        var missing = FormValidator.Validate(form, JsonNode.Parse("""{ "analysis": { "r4": "Nya mål" } }""")!.AsObject());
        var valid = FormValidator.Validate(form, JsonNode.Parse("""
            { "analysis": { "r1": [ { "level": "Chefer", "women": 4, "men": 6 } ], "r2": [ { "resource": "Lönesumma (mnkr)", "women": 12.5, "men": 14 } ],
                            "r3": "Normer om vem som leder" } }
            """)!.AsObject());

        Assert.Equal(
            [
                ("analysis.r1", "required", "Fältet måste fyllas i.", "This field is required."),
                ("analysis.r2", "required", "Fältet måste fyllas i.", "This field is required."),
                ("analysis.r3", "required", "Fältet måste fyllas i.", "This field is required."),
            ],
            Described(missing));
        Assert.Empty(valid.Errors);
        Assert.Equal(
            """{"analysis":{"r1":[{"level":"Chefer","women":4,"men":6}],"r2":[{"resource":"Lönesumma (mnkr)","women":12.5,"men":14}],"r3":"Normer om vem som leder"}}""",
            valid.Answers.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }

    [Fact]
    public void Validate_RequiresAMeasureOrADocumentedReason_ForEveryRisk()
    {
        var form = Form("""[ { "key": "risks", "preset": "riskTable", "required": true } ]""");

        var result = FormValidator.Validate(form, JsonNode.Parse($$"""
            { "risks": [
                { "description": "Deltid styr löneutvecklingen", "area": "pay", "ground": ["sex"], "measure": "Lönekartläggning per yrkesgrupp",
                  "kind": "preventive", "responsible": "{{ValidPerson}}", "start": "2027-02-01", "end": "2027-06-30" },
                { "description": "Rekryteringsannonser når inte alla", "area": "recruitment" },
                { "description": "Otillgängliga lokaler", "reasonWithoutMeasure": "Ombyggnad beslutad av fastighetsnämnden" },
                { "description": "Kvällsmöten", "measure": "Möten före 16", "start": "2027-05-01", "end": "2027-04-01" }
            ] }
            """)!.AsObject());

        Assert.Equal(
            [
                ("risks[1].measure", "measureOrReason", "Ange en åtgärd, eller dokumentera skälet till att risken lämnas utan åtgärd.", "Give a measure, or document the reason for leaving the risk without one."),
                ("risks[3].kind", "requiredWithMeasure", "Fyll i när risken har en åtgärd.", "Required when the risk has a measure."),
                ("risks[3].responsible", "requiredWithMeasure", "Fyll i när risken har en åtgärd.", "Required when the risk has a measure."),
                ("risks[3].end", "endBeforeStart", "Slutdatumet kan inte vara före startdatumet.", "The end date cannot be before the start date."),
            ],
            Described(result));
    }

    [Fact]
    public void Validate_AcceptsTheRiskTable_WhenEveryRiskHasAMeasureOrAReason()
    {
        var form = Form("""[ { "key": "risks", "preset": "riskTable", "required": true } ]""");

        var result = FormValidator.Validate(form, JsonNode.Parse($$"""
            { "risks": [
                { "description": "Deltid", "measure": "Heltid som norm", "kind": "promotive", "responsible": "{{ValidPerson}}",
                  "start": "2027-02-01", "end": "2027-12-31", "indicator": "Andel heltid" },
                { "description": "Otillgängliga lokaler", "reasonWithoutMeasure": "Ombyggnad redan beslutad" }
            ] }
            """)!.AsObject());

        Assert.Empty(result.Errors);
        Assert.Equal(2, result.Answers["risks"]!.AsArray().Count);
    }

    [Fact]
    public void Validate_RequiresTheScreeningAnswerOnly_WhenTheChecklistIsRequired()
    {
        var form = Form("""[ { "key": "skr", "preset": "skrChecklist", "required": true } ]""");

        var result = FormValidator.Validate(form, JsonNode.Parse("""
            { "skr": { "points": { "statisticsBySex": { "checked": false, "comment": "Saknas för timanställda" } } } }
            """)!.AsObject());
        var notApplicable = FormValidator.Validate(form, JsonNode.Parse("""
            { "skr": { "affectsGroups": "no", "notApplicableReason": "Beslutet gäller lokalernas ventilation." } }
            """)!.AsObject());

        Assert.Equal(["skr.affectsGroups"], Described(result).Select(e => e.Path));
        Assert.Empty(notApplicable.Errors);
    }
}
