using System.Text.Json;
using System.Text.Json.Nodes;

namespace LabFlow.Workflows.Definitions;

/// <summary>What a relative date counts from.</summary>
public enum RelativeDateAnchor
{
    /// <summary>The lab's start date (<c>lab.startDate</c>).</summary>
    LabStart,

    /// <summary>The day the step's task or timer is created.</summary>
    Created,
}

/// <summary>
/// A date relative to the lab, as flows write it: <c>{ "daysAfterStart": -35 }</c>, <c>{ "daysAfterCreated": 3 }</c> or
/// <c>{ "monthsAfterStart": 7 }</c> (exactly one property, a whole number). This is the one definition of that grammar:
/// the loader's type check, the lab domain's date resolution and the designer read it from here.
/// </summary>
/// <param name="Anchor">What the date counts from.</param>
/// <param name="Amount">How many units after (negative: before) the anchor.</param>
/// <param name="InMonths">Whether <paramref name="Amount"/> counts calendar months rather than days.</param>
public sealed record RelativeDate(RelativeDateAnchor Anchor, int Amount, bool InMonths)
{
    public const string DaysAfterStart = "daysAfterStart";
    public const string DaysAfterCreated = "daysAfterCreated";
    public const string MonthsAfterStart = "monthsAfterStart";

    /// <summary>The properties a relative date may have (exactly one of them).</summary>
    public static IReadOnlyList<string> Properties { get; } = [DaysAfterStart, DaysAfterCreated, MonthsAfterStart];

    /// <summary>How the relative forms are written, for "write …" messages.</summary>
    public const string Shapes = "{ \"daysAfterStart\": n }, { \"daysAfterCreated\": n } or { \"monthsAfterStart\": n }";

    /// <summary>The property name this date is written with.</summary>
    public string PropertyName => (Anchor, InMonths) switch
    {
        (RelativeDateAnchor.Created, _) => DaysAfterCreated,
        (_, true) => MonthsAfterStart,
        _ => DaysAfterStart,
    };

    /// <summary>Whether the date counts from the lab's start, so it moves with the start and with a step that runs again.</summary>
    public bool CountsFromStart => Anchor == RelativeDateAnchor.LabStart;

    /// <summary>Reads <paramref name="value"/> as a relative date; <c>false</c> for anything else (ISO dates, expressions included).</summary>
    public static bool TryParse(JsonNode? value, out RelativeDate date)
    {
        date = null!;
        if (value is not JsonObject { Count: 1 } relative)
        {
            return false;
        }

        var (name, offsetNode) = relative.First();
        if (offsetNode is not JsonValue number
            || number.GetValueKind() != JsonValueKind.Number
            || !number.TryGetValue<int>(out var amount))
        {
            return false;
        }

        RelativeDate? parsed = name switch
        {
            DaysAfterStart => new RelativeDate(RelativeDateAnchor.LabStart, amount, InMonths: false),
            DaysAfterCreated => new RelativeDate(RelativeDateAnchor.Created, amount, InMonths: false),
            MonthsAfterStart => new RelativeDate(RelativeDateAnchor.LabStart, amount, InMonths: true),
            _ => null,
        };
        date = parsed!;
        return parsed is not null;
    }

    /// <summary>The date this names, given the lab's start and the day the step was created.</summary>
    public DateOnly Resolve(DateOnly labStart, DateOnly created) => Anchor switch
    {
        RelativeDateAnchor.Created => created.AddDays(Amount),
        _ when InMonths => labStart.AddMonths(Amount),
        _ => labStart.AddDays(Amount),
    };

    /// <summary>The date as the flow format writes it.</summary>
    public JsonObject ToJson() => new() { [PropertyName] = Amount };
}
