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
    public const string EqualityGrounds = "equalityGrounds";
    public const string JamkasPlus = "jamkasPlus";
    public const string DataProtection = "dataProtection";
    public const string IndicatorsBySex = "indicatorsBySex";

    /// <summary>Every preset name, in the order the documentation lists them.</summary>
    public static IReadOnlyList<string> Names { get; } =
        [DiscriminationGrounds, EqualityTargetAreas, EmployerAreas, ThreeR, SkrChecklist, RiskTable, EqualityGrounds, JamkasPlus, DataProtection, IndicatorsBySex];

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

    /// <summary>
    /// The seven grounds of discrimination in the Discrimination Act only: socioeconomic conditions are not a legal
    /// ground, so a risk table of active measures offers these.
    /// </summary>
    public static IReadOnlyList<FormOption> LegalGroundOptions { get; } = [.. DiscriminationGroundOptions.Take(7)];

    /// <summary>The six grounds besides sex, plus socioeconomic conditions: what the equality assessment adds to SKR's points.</summary>
    public static IReadOnlyList<FormOption> OtherGroundOptions { get; } = [.. DiscriminationGroundOptions.Skip(1)];

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

    /// <summary>
    /// SKR's points 2–5 for equal decisions; a "no" sends the basis back to be completed. Point 1 is the screening
    /// question <see cref="SkrScreeningOptions"/>: when the decision does not affect women and men, the points do not apply.
    /// </summary>
    public static IReadOnlyList<FormOption> SkrChecklistItems { get; } =
    [
        Option("statisticsBySex", "Individbaserad statistik är uppdelad på kön", "Statistics about individuals are broken down by sex"),
        Option("consequencesPerGroup", "Konsekvenserna beskrivs för varje grupp", "The consequences are described for each group"),
        Option("measuresForDifferences", "Åtgärder föreslås för skillnader som saknar sakliga skäl", "Measures are proposed for differences without objective grounds"),
        Option("measuresAgainstGoals", "Åtgärderna är analyserade mot organisationens jämställdhetsmål", "The measures are analysed against the organisation's equality goals"),
    ];

    /// <summary>The answer to SKR's point 1, the screening question.</summary>
    public static IReadOnlyList<FormOption> SkrScreeningOptions { get; } =
    [
        Option("yes", "Ja", "Yes"),
        Option("no", "Nej – checklistan gäller inte", "No – the checklist does not apply"),
    ];

    /// <summary>What JämKAS Plus concludes about an observed gender pattern; unknowns go to "the open box".</summary>
    public static IReadOnlyList<FormOption> JamkasVerdictOptions { get; } =
    [
        Option("confirmed", "Bekräftad", "Confirmed"),
        Option("rejected", "Avfärdad", "Rejected"),
        Option("openBox", "Oklar – läggs i den öppna lådan", "Unclear – goes to the open box"),
    ];

    /// <summary>The legal bases for processing personal data that a municipal lab may rest on (GDPR article 6).</summary>
    public static IReadOnlyList<FormOption> LegalBasisOptions { get; } =
    [
        Option("publicInterest", "Uppgift av allmänt intresse", "Task in the public interest"),
        Option("legalObligation", "Rättslig förpliktelse", "Legal obligation"),
        Option("consent", "Samtycke", "Consent"),
        Option("other", "Annan grund (beskriv)", "Other basis (describe)"),
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
            SkrChecklist => SkrChecklistField(key, required),
            RiskTable => RiskTableField(key),
            EqualityGrounds => EqualityGroundsField(key),
            JamkasPlus => JamkasPlusField(key, required),
            DataProtection => DataProtectionField(key, required),
            IndicatorsBySex => IndicatorsBySexField(key, required),
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

    private static FormField SkrChecklistField(string key, bool required) => new()
    {
        Key = key,
        Type = FormFieldType.Section,
        Label = Text("SKR:s checklista för jämställda beslut", "SKR's checklist for equal decisions"),
        Help = Text(
            "Punkt 1 avgör om checklistan gäller. Svarar ni nej gäller den inte: skriv varför och gå vidare. Svarar ni ja, svara ja eller nej på punkt 2–5; ett nej skickar tillbaka underlaget för komplettering.",
            "Point 1 decides whether the checklist applies. If you answer no, it does not: say why and go on. If you answer yes, answer yes or no to points 2–5; a no sends the basis back to be completed."),
        Fields =
        [
            new FormField
            {
                Key = "affectsGroups",
                Type = FormFieldType.Choice,
                Label = Text("1. Beslutet berör kvinnor och män, flickor och pojkar", "1. The decision affects women and men, girls and boys"),
                Required = required,
                Options = SkrScreeningOptions,
            },
            new FormField
            {
                Key = "notApplicableReason",
                Type = FormFieldType.LongText,
                Label = Text("Om nej: varför berör beslutet inte kvinnor och män, flickor och pojkar?", "If no: why does the decision not affect women and men, girls and boys?"),
            },
            new FormField
            {
                Key = "points",
                Type = FormFieldType.Checklist,
                Label = Text("Punkt 2–5", "Points 2–5"),
                Help = Text("Besvaras när punkt 1 är ja.", "Answered when point 1 is yes."),
                Items = SkrChecklistItems,
            },
        ],
    };

    private static FormField EqualityGroundsField(string key) => new()
    {
        Key = key,
        Type = FormFieldType.Checklist,
        Label = Text("Övriga diskrimineringsgrunder och socioekonomi", "The other grounds of discrimination and socioeconomic conditions"),
        Help = Text(
            "Alltid kön, aldrig bara kön. Kan beslutet påverka människor olika utifrån grunden? Ja: beskriv hur i kommentaren. Nej: skriv kort varför inte.",
            "Always sex, never only sex. Can the decision affect people differently on this ground? Yes: describe how in the comment. No: say briefly why not."),
        Items = OtherGroundOptions,
    };

    private static FormField JamkasPlusField(string key, bool required) => new()
    {
        Key = key,
        Type = FormFieldType.Section,
        Label = Text("JämKAS Plus", "JämKAS Plus"),
        Help = Text(
            "Analysera ett könsmönster steg för steg: målgrupper, mönster, iakttagelse, möjliga orsaker och konsekvenser, bekräfta eller avfärda, analys, aktörer, möjliga åtgärder och slutsatser. Skriv inga namn eller andra personuppgifter.",
            "Analyse a gender pattern step by step: target groups, pattern, observation, possible causes and consequences, confirm or reject, analysis, actors, possible measures and conclusions. Write no names or other personal data."),
        Fields =
        [
            Long("targetGroups", "Målgrupper", "Target groups", required),
            Long("pattern", "Könsmönster", "Gender pattern", required, "Vilket mönster syns i statistiken, uppdelat på kön och andra grunder där det går?", "Which pattern shows in the statistics, by sex and other grounds where possible?"),
            Long("observation", "Iakttagelse", "Observation", required),
            Long("causes", "Möjliga orsaker", "Possible causes", required),
            Long("consequences", "Möjliga konsekvenser", "Possible consequences", required),
            new FormField
            {
                Key = "verdict",
                Type = FormFieldType.Choice,
                Label = Text("Bekräfta eller avfärda", "Confirm or reject"),
                Required = required,
                Options = JamkasVerdictOptions,
            },
            Long("openBox", "Den öppna lådan", "The open box", required: false, "Det ni inte vet än och hur ni tar reda på det.", "What you do not know yet and how you will find out."),
            Long("analysis", "Analys", "Analysis", required),
            Long("actors", "Aktörer", "Actors", required: false, "Vem kan påverka mönstret?", "Who can change the pattern?"),
            Long("measures", "Möjliga åtgärder", "Possible measures", required: false),
            Long("conclusions", "Slutsatser", "Conclusions", required),
        ],
    };

    private static FormField DataProtectionField(string key, bool required) => new()
    {
        Key = key,
        Type = FormFieldType.Section,
        Label = Text("Dataskydd", "Data protection"),
        Help = Text(
            "Bestäm innan ni samlar in något: vad som samlas in, varför, vem som läser det och hur länge det sparas. Ta hjälp av förvaltningens dataskyddsombud.",
            "Decide before you collect anything: what is collected, why, who reads it and how long it is kept. Ask the administration's data protection officer for help."),
        Fields =
        [
            Long("collected", "Vad samlas in?", "What is collected?", required, "Till exempel anteckningar från intervjuer utan namn. Samla inte in mer än ni behöver.", "For example notes from interviews without names. Collect no more than you need."),
            Long("purpose", "Varför?", "Why?", required, "Ändamålet: vad uppgifterna ska användas till i labbet.", "The purpose: what the lab will use the data for."),
            new FormField
            {
                Key = "legalBasis",
                Type = FormFieldType.Choice,
                Label = Text("Rättslig grund", "Legal basis"),
                Required = required,
                Options = LegalBasisOptions,
            },
            Long("readers", "Vem läser uppgifterna?", "Who reads the data?", required),
            new FormField
            {
                Key = "retention",
                Type = FormFieldType.Text,
                Label = Text("Hur länge sparas de, och hur gallras de?", "How long are they kept, and how are they cleared?"),
                Required = required,
                MaxLength = 500,
            },
            new FormField
            {
                Key = "sensitiveData",
                Type = FormFieldType.Choice,
                Label = Text("Samlas känsliga personuppgifter in (hälsa, etnisk tillhörighet, religion, sexuell läggning)?", "Is sensitive personal data collected (health, ethnic origin, religion, sexual orientation)?"),
                Required = required,
                Options = [Option("no", "Nej", "No"), Option("yes", "Ja – dataskyddsombudet har tillfrågats", "Yes – the data protection officer has been asked")],
            },
            Long("information", "Så informeras de som deltar", "How the people taking part are informed", required: false),
        ],
    };

    private static FormField ThreeRField(string key, bool required) => new()
    {
        Key = key,
        Type = FormFieldType.Section,
        Label = Text("3R/4R-analys", "3R/4R analysis"),
        Help = Text(
            "3R-metoden, utvecklad för Svenska Kommunförbundet (i dag SKR) och spridd av JämStöd: representation, resurser, realia – och realisera.",
            "The 3R method, developed for the Swedish Association of Local Authorities (now SKR) and spread by JämStöd: representation, resources, realia – and realise."),
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
            new FormField { Key = "ground", Type = FormFieldType.MultiChoice, Label = Text("Diskrimineringsgrund", "Ground of discrimination"), Options = LegalGroundOptions },
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

    /// <summary>
    /// A follow-up's indicators against the baseline, by sex: the lab report's follow-up table and chart read the
    /// figures of every step that has this preset (the columns below, by key).
    /// </summary>
    private static FormField IndicatorsBySexField(string key, bool required) => new()
    {
        Key = key,
        Type = FormFieldType.Group,
        Label = Text("Indikatorer mot nuläget, uppdelade på kön", "Indicators against the baseline, by sex"),
        Help = Text(
            "Skriv in nulägesvärdena för kvinnor och män från nulägesunderlaget och värdena nu. Då syns om skillnaden har minskat.",
            "Enter the baseline values for women and men from the baseline step and the values now. Then it shows whether the gap has narrowed."),
        Fields =
        [
            new FormField { Key = IndicatorColumns.Indicator, Type = FormFieldType.Text, Label = Text("Indikator", "Indicator"), Required = required, MaxLength = 200 },
            new FormField { Key = IndicatorColumns.BaselineWomen, Type = FormFieldType.Number, Label = Text("Nuläge kvinnor", "Baseline, women"), Required = required },
            new FormField { Key = IndicatorColumns.BaselineMen, Type = FormFieldType.Number, Label = Text("Nuläge män", "Baseline, men"), Required = required },
            new FormField { Key = IndicatorColumns.CurrentWomen, Type = FormFieldType.Number, Label = Text("Nu kvinnor", "Now, women"), Required = required },
            new FormField { Key = IndicatorColumns.CurrentMen, Type = FormFieldType.Number, Label = Text("Nu män", "Now, men"), Required = required },
            new FormField { Key = IndicatorColumns.Comment, Type = FormFieldType.LongText, Label = Text("Kommentar", "Comment") },
        ],
    };

    private static FormField Long(string key, string swedish, string english, bool required, string? helpSwedish = null, string? helpEnglish = null) => new()
    {
        Key = key,
        Type = FormFieldType.LongText,
        Label = Text(swedish, english),
        Help = helpSwedish is null ? null : Text(helpSwedish, helpEnglish ?? helpSwedish),
        Required = required,
    };

    private static FormField Count(string key, string swedish, string english, bool required) =>
        new() { Key = key, Type = FormFieldType.Number, Label = Text(swedish, english), Required = required, Min = 0 };

    private static FormOption Option(string value, string swedish, string english) => new(value, Text(swedish, english));

    private static LocalizedText Text(string swedish, string english) => LocalizedText.Of(swedish, english);
}
