using System.Text.Json;
using System.Text.Json.Nodes;
using LabFlow.Workflows.ActivityTypes;

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
/// A date relative to the lab, as flows write it: <c>{ "daysAfterStart": -35 }</c>, <c>{ "daysAfterCreated": 3 }</c>,
/// <c>{ "workingDaysAfterStart": 5 }</c>, <c>{ "workingDaysAfterCreated": 5 }</c> or <c>{ "monthsAfterStart": 7 }</c>
/// (exactly one property, a whole number). This is the one definition of that grammar: the loader's type check, the
/// lab domain's date resolution and the designer read it from here.
/// </summary>
/// <param name="Anchor">What the date counts from.</param>
/// <param name="Amount">How many units after (negative: before) the anchor.</param>
/// <param name="InMonths">Whether <paramref name="Amount"/> counts calendar months rather than days.</param>
/// <param name="InWorkingDays">Whether <paramref name="Amount"/> counts working days rather than calendar days.</param>
public sealed record RelativeDate(RelativeDateAnchor Anchor, int Amount, bool InMonths, bool InWorkingDays = false)
{
    public const string DaysAfterStart = "daysAfterStart";
    public const string DaysAfterCreated = "daysAfterCreated";
    public const string WorkingDaysAfterStart = "workingDaysAfterStart";
    public const string WorkingDaysAfterCreated = "workingDaysAfterCreated";
    public const string MonthsAfterStart = "monthsAfterStart";

    /// <summary>The properties a relative date may have (exactly one of them).</summary>
    public static IReadOnlyList<string> Properties { get; } =
        [DaysAfterStart, DaysAfterCreated, WorkingDaysAfterStart, WorkingDaysAfterCreated, MonthsAfterStart];

    /// <summary>How the relative forms are written, for "write …" messages.</summary>
    public const string Shapes =
        "{ \"daysAfterStart\": n }, { \"daysAfterCreated\": n }, { \"workingDaysAfterStart\": n }, { \"workingDaysAfterCreated\": n } or { \"monthsAfterStart\": n }";

    /// <summary>The property name this date is written with.</summary>
    public string PropertyName => (Anchor, InMonths, InWorkingDays) switch
    {
        (RelativeDateAnchor.Created, _, true) => WorkingDaysAfterCreated,
        (RelativeDateAnchor.Created, _, _) => DaysAfterCreated,
        (_, true, _) => MonthsAfterStart,
        (_, _, true) => WorkingDaysAfterStart,
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
            WorkingDaysAfterStart => new RelativeDate(RelativeDateAnchor.LabStart, amount, InMonths: false, InWorkingDays: true),
            WorkingDaysAfterCreated => new RelativeDate(RelativeDateAnchor.Created, amount, InMonths: false, InWorkingDays: true),
            MonthsAfterStart => new RelativeDate(RelativeDateAnchor.LabStart, amount, InMonths: true),
            _ => null,
        };
        date = parsed!;
        return parsed is not null;
    }

    /// <summary>
    /// What is wrong with an object written as a relative date (path relative to the object), or <c>null</c> when it
    /// is one, so a misspelt unit or a fraction reads as that and not only as "must be a date".
    /// </summary>
    public static ActivityValidationIssue? Check(JsonObject value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Count != 1)
        {
            return ActivityValidationIssue.Coded(string.Empty, ValidationCodes.RelativeDateShape,
                $"a relative date has exactly one property, such as {{ \"daysAfterStart\": 3 }} (found {JsonPaths.Show(value)}); write {Shapes}.",
                ("found", JsonPaths.Show(value)));
        }

        var (name, amount) = value.First();
        var path = JsonPaths.Property(string.Empty, name).TrimStart('.');
        if (!Properties.Contains(name, StringComparer.Ordinal))
        {
            return NameSuggestions.Nearest(name, Properties) is { } suggestion
                ? ActivityValidationIssue.Coded(path, ValidationCodes.RelativeDateUnknownUnitSuggested,
                    $"a relative date has no '{name}' (did you mean '{suggestion}'?)", ("unit", name), ("suggestion", suggestion))
                : ActivityValidationIssue.Coded(path, ValidationCodes.RelativeDateUnknownUnit,
                    $"a relative date has no '{name}'; write one of {string.Join(", ", Properties)}.", ("unit", name), ("units", string.Join(", ", Properties)));
        }

        return amount is JsonValue number && number.GetValueKind() == JsonValueKind.Number && number.TryGetValue<int>(out _)
            ? null
            : ActivityValidationIssue.Coded(path, ValidationCodes.RelativeDateNotWhole,
                $"{name} must be a whole number of days or months, negative for before (found {JsonPaths.Show(amount)}).",
                ("unit", name), ("found", JsonPaths.Show(amount)));
    }

    /// <summary>The date this names, given the lab's start and the day the step was created.</summary>
    /// <param name="isWorkingDay">
    /// Which days count as working days for the working-day forms: the lab domain passes its calendar (weekends and
    /// Swedish public holidays); without it only weekends are skipped, since the engine core knows no holidays.
    /// </param>
    public DateOnly Resolve(DateOnly labStart, DateOnly created, Func<DateOnly, bool>? isWorkingDay = null)
    {
        var anchor = Anchor == RelativeDateAnchor.Created ? created : labStart;
        if (InMonths)
        {
            return anchor.AddMonths(Amount);
        }

        return InWorkingDays ? AddWorkingDays(anchor, Amount, isWorkingDay ?? IsWeekday) : anchor.AddDays(Amount);
    }

    /// <summary>
    /// <paramref name="date"/> moved by <paramref name="count"/> working days (negative: back); 0 leaves it as it is.
    /// Each step lands on a working day, so "5 working days after" a Friday is the next Friday when no holiday intervenes.
    /// </summary>
    public static DateOnly AddWorkingDays(DateOnly date, int count, Func<DateOnly, bool> isWorkingDay)
    {
        ArgumentNullException.ThrowIfNull(isWorkingDay);
        var step = Math.Sign(count);
        for (var left = Math.Abs(count); left > 0; left--)
        {
            do
            {
                date = date.AddDays(step);
            }
            while (!isWorkingDay(date));
        }

        return date;
    }

    private static bool IsWeekday(DateOnly date) => date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    /// <summary>The date as the flow format writes it.</summary>
    public JsonObject ToJson() => new() { [PropertyName] = Amount };
}
