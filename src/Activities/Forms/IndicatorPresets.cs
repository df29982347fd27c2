using LabFlow.Workflows.Definitions;

namespace LabFlow.Activities.Forms;

/// <summary>
/// The two presets that carry indicators by sex from the baseline through the follow-ups: the project's dashboard and
/// reports find a lab's indicators by these presets (never by step ids), so they keep working when a flow changes.
/// The row keys are the contract they read: <c>indicator</c>, <c>women</c>, <c>men</c> at the baseline;
/// <c>baselineWomen</c>, <c>baselineMen</c>, <c>currentWomen</c>, <c>currentMen</c> at a follow-up.
/// </summary>
public static class IndicatorPresets
{
    public const string IndicatorKey = "indicator";
    public const string WomenKey = "women";
    public const string MenKey = "men";
    public const string UnitKey = "unit";
    public const string BaselineWomenKey = "baselineWomen";
    public const string BaselineMenKey = "baselineMen";
    public const string CurrentWomenKey = "currentWomen";
    public const string CurrentMenKey = "currentMen";

    internal static FormField BaselineField(string key) => new()
    {
        Key = key,
        Type = FormFieldType.Group,
        Label = Text("Nulägesindikatorer", "Baseline indicators"),
        Help = Text("De indikatorer uppföljningen mäter mot, uppdelade på kvinnor och män.", "The indicators the follow-ups measure against, by women and men."),
        Fields =
        [
            IndicatorName(),
            Number(WomenKey, "Kvinnor", "Women", required: true),
            Number(MenKey, "Män", "Men", required: true),
            Number("other", "Annat eller uppgift saknas", "Other or not stated", required: false),
            new FormField { Key = UnitKey, Type = FormFieldType.Text, Label = Text("Enhet", "Unit"), MaxLength = 50 },
        ],
    };

    internal static FormField FollowUpField(string key) => new()
    {
        Key = key,
        Type = FormFieldType.Group,
        Label = Text("Indikatorer mot nuläget, uppdelade på kön", "Indicators against the baseline, by sex"),
        Help = Text(
            "Skriv in nulägesvärdena för kvinnor och män från nulägesunderlaget och värdena nu. Då syns om skillnaden har minskat.",
            "Enter the baseline values for women and men from the baseline step and the values now. Then it shows whether the gap has narrowed."),
        Fields =
        [
            IndicatorName(),
            Number(BaselineWomenKey, "Nuläge kvinnor", "Baseline, women", required: true),
            Number(BaselineMenKey, "Nuläge män", "Baseline, men", required: true),
            Number(CurrentWomenKey, "Nu kvinnor", "Now, women", required: true),
            Number(CurrentMenKey, "Nu män", "Now, men", required: true),
            new FormField { Key = "comment", Type = FormFieldType.LongText, Label = Text("Kommentar", "Comment") },
        ],
    };

    private static FormField IndicatorName() =>
        new() { Key = IndicatorKey, Type = FormFieldType.Text, Label = Text("Indikator", "Indicator"), Required = true, MaxLength = 200 };

    private static FormField Number(string key, string swedish, string english, bool required) =>
        new() { Key = key, Type = FormFieldType.Number, Label = Text(swedish, english), Required = required };

    private static LocalizedText Text(string swedish, string english) => LocalizedText.Of(swedish, english);
}
