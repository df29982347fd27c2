using System.Text.RegularExpressions;
using System.Xml;

namespace LabFlow.Workflows.Flowchart;

/// <summary>
/// ISO 8601 durations (<c>P3D</c>, <c>PT2H</c>, <c>P3M</c>, <c>P1Y2M</c>, <c>P2W</c>). Years and months are calendar
/// units (P3M from 31 January is 30 April), so they are added with AddMonths rather than as a fixed number of days.
/// </summary>
internal static partial class IsoDuration
{
    public static bool TryAddTo(string text, DateTimeOffset from, out DateTimeOffset result)
    {
        result = from;
        var match = CalendarPart().Match(text.Trim());
        if (!match.Success || text.Trim() == "P")
        {
            return false;
        }

        var rest = match.Groups["rest"].Value;
        var time = TimeSpan.Zero;
        if (rest.Length > 0)
        {
            try
            {
                time = XmlConvert.ToTimeSpan("P" + rest);
            }
            catch (FormatException)
            {
                return false;
            }
            catch (OverflowException)
            {
                return false;
            }
        }

        try
        {
            var months = (12 * Number(match, "years")) + Number(match, "months");
            result = from.AddMonths(months).AddDays(7 * Number(match, "weeks")).Add(time);
            return true;
        }
        catch (ArgumentOutOfRangeException)
        {
            return false;
        }
    }

    private static int Number(Match match, string group) =>
        match.Groups[group].Success ? int.Parse(match.Groups[group].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;

    [GeneratedRegex(@"^P(?:(?<years>\d{1,4})Y)?(?:(?<months>\d{1,5})M)?(?:(?<weeks>\d{1,5})W)?(?<rest>(?:\d+D)?(?:T.+)?)$", RegexOptions.CultureInvariant)]
    private static partial Regex CalendarPart();
}
