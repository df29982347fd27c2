using System.Buffers.Text;
using System.Globalization;
using System.Text;
using LabFlow.Activities.Labs;

namespace LabFlow.Activities.Listing;

/// <summary>
/// The opaque cursor of keyset paging: the sort key of the last item on a page (a date, an instant, an id), so the
/// next page starts after it however many rows were added before it in the meantime. Base64url of the parts; a
/// caller must not read or build it.
/// </summary>
public static class ListCursor
{
    private const char Separator = '|';

    public static string Encode(params string[] parts) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Join(Separator, parts)));

    public static string Of(DateTimeOffset instant) => instant.UtcTicks.ToString(CultureInfo.InvariantCulture);

    public static string Of(DateOnly date) => date.DayNumber.ToString(CultureInfo.InvariantCulture);

    /// <summary>The parts of <paramref name="cursor"/>, which must have <paramref name="count"/> of them.</summary>
    /// <exception cref="LabDomainException"><c>invalid</c> for the field <c>cursor</c> when it was not made by this list.</exception>
    public static string[] Decode(string cursor, int count)
    {
        try
        {
            var parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor)).Split(Separator);
            if (parts.Length == count)
            {
                return parts;
            }
        }
        catch (FormatException)
        {
            // Reported below with the same message as a cursor of the wrong shape.
        }

        throw Invalid();
    }

    public static DateTimeOffset ReadInstant(string part) =>
        long.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var ticks) && ticks <= DateTimeOffset.MaxValue.UtcTicks
            ? new DateTimeOffset(ticks, TimeSpan.Zero)
            : throw Invalid();

    public static DateOnly ReadDate(string part) =>
        int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var day) && day <= DateOnly.MaxValue.DayNumber
            ? DateOnly.FromDayNumber(day)
            : throw Invalid();

    public static Guid ReadId(string part) => Guid.TryParseExact(part, "N", out var id) ? id : throw Invalid();

    private static LabDomainException Invalid() => LabDomainException.Invalid(
        "cursor",
        Messages.ListMessages.BadCursor.Message);
}
