using System.Text;
using Ical.Net;
using LabFlow.Activities.Email;

namespace LabFlow.Activities.Tests.Email;

/// <summary>The hand-written due-date calendar file, read back with Ical.Net's parser (the library it replaced).</summary>
public sealed class DueDateCalendarTextTests
{
    private static readonly DateTimeOffset Stamp = new(2025, 3, 10, 7, 5, 9, TimeSpan.FromHours(1));
    private static readonly Uri Link = new("https://labflow.goteborg.example/tasks/4f1c2b7e-0000-4000-8000-000000000001");

    public static TheoryData<string, string> Texts() => new()
    {
        { "Sista dag: Intervjua medarbetare", "Labb: Bättre mottagning\nÖppna uppgiften: https://labflow.goteborg.example/tasks/1" },
        { @"Due: a, b; c\d", "first line\r\nsecond; line, with \\ backslash\rthird" },
        {
            "Sista dag: " + string.Concat(Enumerable.Repeat("åäö ", 40)),
            string.Concat(Enumerable.Repeat("Långa rader med 😀 och ß, ", 30)) + "\n" + new string('x', 200)
        },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void DueDate_ReadsBackAsTheSameAllDayEvent_WithIcalNetsParser(string summary, string description)
    {
        var attachment = CalendarFiles.DueDate("task-4f1c2b7e@labflow.goteborg.example", new DateOnly(2025, 3, 14), summary, description, Link, Stamp, 7351);

        var calendar = Calendar.Load(Encoding.UTF8.GetString(attachment.Content))!;

        Assert.Equal("PUBLISH", calendar.Method);
        Assert.Equal("-//Goteborgs Stad//LabFlow//SV", calendar.ProductId);
        var read = Assert.Single(calendar.Events);
        Assert.Equal("task-4f1c2b7e@labflow.goteborg.example", read.Uid);
        Assert.Equal(summary, read.Summary);
        Assert.Equal(description.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n'), read.Description);
        Assert.False(read.DtStart!.HasTime);
        Assert.Equal(new DateOnly(2025, 3, 14), read.DtStart.Date);
        Assert.Equal(new DateOnly(2025, 3, 15), read.DtEnd!.Date);
        Assert.Equal(new DateTime(2025, 3, 10, 6, 5, 9, DateTimeKind.Utc), read.DtStamp!.AsUtc);
        Assert.Equal(7351, read.Sequence);
        Assert.Equal(Link, read.Url);
        Assert.Equal("TRANSPARENT", read.Transparency);
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void DueDate_FoldsEveryLineAt75Octets_WithoutSplittingACharacter(string summary, string description)
    {
        var content = CalendarFiles.DueDate("task-1@x", new DateOnly(2025, 3, 14), summary, description, Link, Stamp, 1).Content;

        var text = Encoding.UTF8.GetString(content);
        Assert.EndsWith("END:VCALENDAR\r\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain('\uFFFD', text); // every fold falls between characters
        var lines = text[..^2].Split("\r\n");
        Assert.All(lines, line => Assert.InRange(Encoding.UTF8.GetByteCount(line), 1, 75));
        Assert.All(lines, line => Assert.DoesNotContain('\n', line));
        var unfolded = text.Replace("\r\n ", string.Empty, StringComparison.Ordinal);
        Assert.Contains("DTSTART;VALUE=DATE:20250314\r\n", unfolded, StringComparison.Ordinal);
        Assert.Contains("DTSTAMP:20250310T060509Z\r\n", unfolded, StringComparison.Ordinal);
    }
}
