using LabFlow.Workflows.Definitions;

namespace LabFlow.Activities.Forms;

/// <summary>
/// Named fields with the lab method's real content (LAB-METHOD.md): a flow writes
/// <c>{ "key": "grounds", "preset": "discriminationGrounds", "required": true }</c> and gets the field below.
/// </summary>
public static class FormPresets
{
    public const string DiscriminationGrounds = "discriminationGrounds";
    public const string EqualityTargetAreas = "equalityTargetAreas";
    public const string EmployerAreas = "employerAreas";
    public const string ThreeR = "threeR";
    public const string SkrChecklist = "skrChecklist";
    public const string RiskTable = "riskTable";

    /// <summary>Every preset name, in the order the documentation lists them.</summary>
    public static IReadOnlyList<string> Names { get; } =
        [DiscriminationGrounds, EqualityTargetAreas, EmployerAreas, ThreeR, SkrChecklist, RiskTable];

    /// <summary>The seven grounds of discrimination (Diskrimineringslagen) plus socioekonomi, which the project also looks at.</summary>
    public static IReadOnlyList<FormOption> DiscriminationGroundOptions { get; } =
    [
        Option("sex", "Kön", "Sex"),
        Option("transgenderIdentity", "Könsöverskridande identitet eller uttryck", "Transgender identity or expression"),
        Option("ethnicity", "Etnisk tillhörighet", "Ethnicity"),
        Option("religion", "Religion eller annan trosuppfattning", "Religion or other belief"),
        Option("disability", "Funktionsnedsättning", "Disability"),
        Option("sexualOrientation", "Sexuell läggning", "Sexual orientation"),
        Option("age", "Ålder", "Age"),
        Option("socioeconomics", "Socioekonomi", "Socioeconomic conditions"),
    ];

    /// <summary>The four target areas of Göteborgs Stad's programme för en jämlik stad 2018–2026.</summary>
    public static IReadOnlyList<FormOption> EqualityTargetAreaOptions { get; } =
    [
        Option("goodStart", "God start och goda uppväxtvillkor", "A good start and good conditions for growing up"),
        Option("work", "Förutsättningar för arbete", "Conditions for work"),
        Option("livingEnvironments", "Hållbara och jämlika livsmiljöer", "Sustainable and equal living environments"),
        Option("participation", "Delaktighet, inflytande och tillit", "Participation, influence and trust"),
    ];

    /// <summary>The five areas an employer's active measures cover.</summary>
    public static IReadOnlyList<FormOption> EmployerAreaOptions { get; } =
    [
        Option("workingConditions", "Arbetsförhållanden", "Working conditions"),
        Option("pay", "Löner och anställningsvillkor", "Pay and terms of employment"),
        Option("recruitment", "Rekrytering och befordran", "Recruitment and promotion"),
        Option("training", "Utbildning och kompetensutveckling", "Training and skills development"),
        Option("parenthood", "Möjligheter att förena arbete och föräldraskap", "Combining work and parenthood"),
    ];

    /// <summary>SKR's five points for equal decisions; a "no" sends the matter back.</summary>
    public static IReadOnlyList<FormOption> SkrChecklistItems { get; } =
    [
        Option("affectsGroups", "Beslutet berör kvinnor och män, flickor och pojkar", "The decision affects women and men, girls and boys"),
        Option("statisticsBySex", "Individbaserad statistik är uppdelad på kön", "Statistics about individuals are broken down by sex"),
        Option("consequencesPerGroup", "Konsekvenserna beskrivs för varje grupp", "The consequences are described for each group"),
        Option("measuresForDifferences", "Åtgärder föreslås för skillnader som saknar sakliga skäl", "Measures are proposed for differences without objective grounds"),
        Option("measuresAgainstGoals", "Åtgärderna är analyserade mot organisationens jämställdhetsmål", "The measures are analysed against the organisation's equality goals"),
    ];

    /// <summary>Where a risk of discrimination was found (the methods of the investigation step).</summary>
    public static IReadOnlyList<FormOption> RiskSourceOptions { get; } =
    [
        Option("survey", "Enkät", "Survey"),
        Option("interview", "Intervju", "Interview"),
        Option("workplaceMeeting", "Arbetsplatsträff", "Workplace meeting"),
        Option("documentReview", "Granskning av riktlinjer och dokument", "Review of policies and documents"),
        Option("other", "Annat", "Other"),
    ];

    /// <summary>Whether a measure prevents discrimination or promotes equal rights and opportunities.</summary>
    public static IReadOnlyList<FormOption> MeasureKindOptions { get; } =
    [
        Option("preventive", "Förebyggande", "Preventive"),
        Option("promotive", "Främjande", "Promotive"),
    ];

    /// <summary>
    /// The field a preset expands to, with <paramref name="key"/> as its key; <c>null</c> when
    /// <paramref name="preset"/> is not a preset name. <paramref name="label"/> and <paramref name="help"/> replace the preset's own.
    /// </summary>
    public static FormField? Create(string preset, string key, bool required, LocalizedText? label = null, LocalizedText? help = null)
    {
        var field = preset switch
        {
            DiscriminationGrounds => DiscriminationGroundsField(key),
            EqualityTargetAreas => EqualityTargetAreasField(key),
            EmployerAreas => EmployerAreasField(key),
            ThreeR => ThreeRField(key, required),
            SkrChecklist => SkrChecklistField(key),
            RiskTable => RiskTableField(key),
            _ => null,
        };

        return field is null
            ? null
            : field with { Required = required, Label = label ?? field.Label, Help = help ?? field.Help, Preset = preset };
    }

    private static FormField DiscriminationGroundsField(string key) => new()
    {
        Key = key,
        Type = FormFieldType.MultiChoice,
        Label = Text("Diskrimineringsgrunder och socioekonomi", "Grounds of discrimination and socioeconomic conditions"),
        Help = Text(
            "Vilka grunder berörs? Alltid kön, aldrig bara kön.",
            "Which grounds are affected? Always gender, never only gender."),
        Options = DiscriminationGroundOptions,
    };

    private static FormField EqualityTargetAreasField(string key) => new()
    {
        Key = key,
        Type = FormFieldType.MultiChoice,
        Label = Text("Målområden i programmet för en jämlik stad", "Target areas of the programme for an equal city"),
        Help = Text(
            "Göteborgs Stads program för en jämlik stad 2018–2026. Välj ett eller flera målområden som utmaningen hör till.",
            "Göteborgs Stad's programme for an equal city 2018–2026. Choose one or more target areas the challenge belongs to."),
        Options = EqualityTargetAreaOptions,
        MaxSelected = EqualityTargetAreaOptions.Count,
    };

    private static FormField EmployerAreasField(string key) => new()
    {
        Key = key,
        Type = FormFieldType.MultiChoice,
        Label = Text("Områden för aktiva åtgärder", "Areas of active measures"),
        Help = Text(
            "Arbetsgivarens fem områden enligt diskrimineringslagen.",
            "The employer's five areas under the Discrimination Act."),
        Options = EmployerAreaOptions,
    };

    private static FormField SkrChecklistField(string key) => new()
    {
        Key = key,
        Type = FormFieldType.Checklist,
        Label = Text("SKR:s checklista för jämställda beslut", "SKR's checklist for equal decisions"),
        Help = Text(
            "Svara ja eller nej på varje punkt. Ett nej skickar tillbaka ärendet. Alltid kön, aldrig bara kön.",
            "Answer yes or no for each point. A no sends the matter back. Always gender, never only gender."),
        Items = SkrChecklistItems,
    };

    private static FormField ThreeRField(string key, bool required) => new()
    {
        Key = key,
        Type = FormFieldType.Section,
        Label = Text("3R/4R-analys", "3R/4R analysis"),
        Help = Text(
            "Jämställdhetsmyndighetens 3R-metod: representation, resurser, realia – och realisera.",
            "The Swedish Gender Equality Agency's 3R method: representation, resources, realia – and realise."),
        Fields =
        [
            new FormField
            {
                Key = "r1",
                Type = FormFieldType.Group,
                Label = Text("R1 Representation", "R1 Representation"),
                Help = Text(
                    "Hur många kvinnor och män, flickor och pojkar finns på varje nivå, från beslutsfattare till brukare?",
                    "How many women and men, girls and boys are there at each level, from decision makers to users?"),
                Required = required,
                Fields =
                [
                    new FormField { Key = "level", Type = FormFieldType.Text, Label = Text("Nivå", "Level"), Required = true, MaxLength = 200 },
                    Count("women", "Kvinnor/flickor", "Women/girls", required: true),
                    Count("men", "Män/pojkar", "Men/boys", required: true),
                    Count("other", "Annat eller uppgift saknas", "Other or not stated", required: false),
                ],
            },
            new FormField
            {
                Key = "r2",
                Type = FormFieldType.Group,
                Label = Text("R2 Resurser", "R2 Resources"),
                Help = Text(
                    "Hur fördelas tid, pengar, utrymme och service mellan kvinnor och män, flickor och pojkar?",
                    "How are time, money, space and services distributed between women and men, girls and boys?"),
                Required = required,
                Fields =
                [
                    new FormField { Key = "resource", Type = FormFieldType.Text, Label = Text("Resurs", "Resource"), Required = true, MaxLength = 200 },
                    Count("women", "Kvinnor/flickor", "Women/girls", required: true),
                    Count("men", "Män/pojkar", "Men/boys", required: true),
                    new FormField { Key = "comment", Type = FormFieldType.LongText, Label = Text("Kommentar", "Comment") },
                ],
            },
            new FormField
            {
                Key = "r3",
                Type = FormFieldType.LongText,
                Label = Text("R3 Realia", "R3 Realia"),
                Help = Text(
                    "Varför ser representation och resursfördelning ut så här? Vilka normer verkar?",
                    "Why do representation and resources look like this? Which norms are at work?"),
                Required = required,
            },
            new FormField
            {
                Key = "r4",
                Type = FormFieldType.LongText,
                Label = Text("R4 Realisera", "R4 Realise"),
                Help = Text("Nya mål och åtgärder.", "New goals and measures."),
            },
        ],
    };

    private static FormField RiskTableField(string key) => new()
    {
        Key = key,
        Type = FormFieldType.Group,
        Label = Text("Risker och åtgärder", "Risks and measures"),
        Help = Text(
            "En rad per identifierad risk för diskriminering, repressalier eller hinder. Varje risk behöver en åtgärd med ansvarig och tidsplan, eller ett dokumenterat skäl till att den lämnas utan åtgärd.",
            "One row per identified risk of discrimination, reprisals or barriers. Every risk needs a measure with a responsible person and a time plan, or a documented reason for leaving it without one."),
        Fields =
        [
            new FormField { Key = "description", Type = FormFieldType.LongText, Label = Text("Risk", "Risk"), Required = true },
            new FormField { Key = "area", Type = FormFieldType.Choice, Label = Text("Område", "Area"), Options = [.. EmployerAreaOptions, Option("other", "Annat område", "Other area")] },
            new FormField { Key = "ground", Type = FormFieldType.MultiChoice, Label = Text("Diskrimineringsgrund", "Ground of discrimination"), Options = DiscriminationGroundOptions },
            new FormField { Key = "source", Type = FormFieldType.Choice, Label = Text("Källa", "Source"), Options = RiskSourceOptions },
            new FormField { Key = "cause", Type = FormFieldType.LongText, Label = Text("Orsaker", "Causes") },
            new FormField { Key = "measure", Type = FormFieldType.LongText, Label = Text("Åtgärd", "Measure") },
            new FormField { Key = "kind", Type = FormFieldType.Choice, Label = Text("Förebyggande eller främjande", "Preventive or promotive"), Options = MeasureKindOptions },
            new FormField { Key = "responsible", Type = FormFieldType.Person, Label = Text("Ansvarig", "Responsible") },
            new FormField { Key = "start", Type = FormFieldType.Date, Label = Text("Start", "Start") },
            new FormField { Key = "end", Type = FormFieldType.Date, Label = Text("Klart senast", "Done by") },
            new FormField { Key = "indicator", Type = FormFieldType.Text, Label = Text("Indikator", "Indicator"), MaxLength = 500 },
            new FormField
            {
                Key = "reasonWithoutMeasure",
                Type = FormFieldType.LongText,
                Label = Text("Skäl till att risken lämnas utan åtgärd", "Reason for leaving the risk without a measure"),
            },
        ],
        RowRules =
        [
            new OneOfRequiredRowRule(
                "measure",
                "reasonWithoutMeasure",
                FormErrorCodes.MeasureOrReason,
                Text(
                    "Ange en åtgärd, eller dokumentera skälet till att risken lämnas utan åtgärd.",
                    "Give a measure, or document the reason for leaving the risk without one.")),
            new RequiredWhenAnsweredRowRule(
                "measure",
                ["kind", "responsible", "start", "end"],
                FormErrorCodes.RequiredWithMeasure,
                Text("Fyll i när risken har en åtgärd.", "Required when the risk has a measure.")),
            new DateOrderRowRule("start", "end"),
        ],
    };

    private static FormField Count(string key, string swedish, string english, bool required) =>
        new() { Key = key, Type = FormFieldType.Number, Label = Text(swedish, english), Required = required, Min = 0 };

    private static FormOption Option(string value, string swedish, string english) => new(value, Text(swedish, english));

    private static LocalizedText Text(string swedish, string english) => LocalizedText.Of(swedish, english);
}
