using System.Buffers;
using System.Globalization;
using System.Text;

namespace LabFlow.Activities.Email;

/// <summary>
/// A due date's calendar file (RFC 5545) written by hand: one all-day VEVENT of fixed shape. Ical.Net's serializer
/// (reflection over its object model, a serializer per property) was about 2.5 % of a task completion's server CPU
/// for these few lines (issue 17). Text values are escaped (backslash, semicolon, comma, line breaks) and every
/// content line is folded at 75 octets without splitting a UTF-8 sequence; the tests read the result back with
/// Ical.Net's parser.
/// </summary>
internal static class DueDateCalendarText
{
    private const int MaxLineOctets = 75;

    public static byte[] Write(
        string productId, string uid, DateOnly dueDate, string summary, string description, Uri link, DateTimeOffset stamp, int sequence)
    {
        var output = new ArrayBufferWriter<byte>(1024);
        Line(output, "BEGIN:VCALENDAR");
        Line(output, "PRODID:" + Escape(productId));
        Line(output, "VERSION:2.0");
        Line(output, "METHOD:PUBLISH");
        Line(output, "BEGIN:VEVENT");
        Line(output, "UID:" + Escape(uid));
        Line(output, "DTSTAMP:" + stamp.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture));
        Line(output, "DTSTART;VALUE=DATE:" + dueDate.ToString("yyyyMMdd", CultureInfo.InvariantCulture));
        Line(output, "DTEND;VALUE=DATE:" + dueDate.AddDays(1).ToString("yyyyMMdd", CultureInfo.InvariantCulture));
        Line(output, "SEQUENCE:" + sequence.ToString(CultureInfo.InvariantCulture));
        Line(output, "SUMMARY:" + Escape(summary));
        Line(output, "DESCRIPTION:" + Escape(description));
        // A URI value is not TEXT: it is written as it is (RFC 5545 3.3.13), only its line is folded.
        Line(output, "URL:" + link.AbsoluteUri);
        Line(output, "TRANSP:TRANSPARENT");
        Line(output, "END:VEVENT");
        Line(output, "END:VCALENDAR");
        return output.WrittenSpan.ToArray();
    }

    /// <summary>A TEXT value (RFC 5545 3.3.11): backslash, semicolon and comma escaped, every line break as <c>\n</c>.</summary>
    internal static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny("\\;,\r\n") < 0)
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '\\': escaped.Append(@"\\"); break;
                case ';': escaped.Append(@"\;"); break;
                case ',': escaped.Append(@"\,"); break;
                case '\r' when i + 1 < text.Length && text[i + 1] == '\n': break; // CRLF is one line break
                case '\r' or '\n': escaped.Append(@"\n"); break;
                default: escaped.Append(text[i]); break;
            }
        }

        return escaped.ToString();
    }

    /// <summary>One content line in UTF-8, folded (CRLF and a space) so no physical line exceeds 75 octets.</summary>
    private static void Line(ArrayBufferWriter<byte> output, string line)
    {
        Span<byte> octets = Encoding.UTF8.GetMaxByteCount(line.Length) <= 256
            ? stackalloc byte[256]
            : new byte[Encoding.UTF8.GetMaxByteCount(line.Length)];
        octets = octets[..Encoding.UTF8.GetBytes(line, octets)];
        var room = MaxLineOctets;
        while (octets.Length > room)
        {
            var cut = room;
            while (cut > 0 && (octets[cut] & 0xC0) == 0x80)
            {
                cut--; // never inside a multi-octet character
            }

            output.Write(octets[..cut]);
            output.Write("\r\n "u8);
            octets = octets[cut..];
            room = MaxLineOctets - 1; // the continuation's leading space counts
        }

        output.Write(octets);
        output.Write("\r\n"u8);
    }
}
