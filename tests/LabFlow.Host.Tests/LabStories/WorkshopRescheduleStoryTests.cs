using System.Text;
using System.Text.RegularExpressions;
using LabFlow.Activities.Email;
using LabFlow.Activities.Register;
using System.Text.Json.Nodes;
using static LabFlow.Host.Tests.LabStories.LabStoryCast;

namespace LabFlow.Host.Tests.LabStories;

/// <summary>
/// A facilitator moves a workshop after its invitation went out: everyone invited gets the invitation again with the
/// same calendar UID and a higher SEQUENCE, so their calendar moves the meeting instead of adding a second one.
/// </summary>
public sealed partial class WorkshopRescheduleStoryTests
{
    /// <summary>Monday 2 August 2027, 09:00 in Stockholm.</summary>
    private static readonly DateTimeOffset LaunchTime = new(2027, 8, 2, 7, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task SetAsync_SendsTheInvitationAgainWithTheSameUidAndAHigherSequence_WhenTheFacilitatorMovesTheWorkshop()
    {
        // Arrange: the leadership change's start session opens (and is invited to) once the change is framed.
        await using var host = await LabStoryHost.StartAsync(LabStoryStore.Sqlite, LaunchTime);
        var lab = await host.LaunchAsync("leading-change", "Nya arbetstider i elevhälsan", "Hur inför vi nya arbetstider så att de blir jämlika?", D(2027, 9, 6));
        await host.AtAsync(D(2027, 8, 16), T(10, 0));
        await host.CompleteAsync(Sam, lab.Id, "frameChange", Parse("""
            {
              "change": "Nya arbetstider i elevhälsan.",
              "why": "Fler ska vilja stanna.",
              "targetAreas": ["work"],
              "attractiveEmployer": "Heltid som norm.",
              "timeFrame": "hösten 2027"
            }
            """));
        var first = await InvitationsAsync(host, lab.Id);

        // Act: half an hour later the facilitator moves it to another room and hour.
        await host.AtAsync(D(2027, 8, 16), T(10, 30));
        await host.WithAsync<WorkshopSchedule, WorkshopScheduleService>(schedules => schedules.SetAsync(
            Fia.Id, lab.Id, "startSession", new WorkshopScheduleInput(StartTime: new TimeOnly(14, 0), Location: "Stora salen, Stadshuset"), host.Token));
        var all = await InvitationsAsync(host, lab.Id);

        // Assert
        var again = all.Skip(first.Count).ToList();
        Assert.Equal(first.Select(i => i.Recipient).Order(StringComparer.Ordinal), again.Select(i => i.Recipient).Order(StringComparer.Ordinal));
        foreach (var update in again)
        {
            var original = first.Single(i => i.Recipient == update.Recipient);
            Assert.Equal(original.Uid, update.Uid);
            Assert.True(update.Sequence > original.Sequence, $"SEQUENCE {update.Sequence} of the update to {update.Recipient} is not above the first invitation's {original.Sequence}.");
            Assert.Contains("Stora salen", update.Location, StringComparison.Ordinal);
            Assert.Contains("T140000", update.Start, StringComparison.Ordinal);
        }
    }

    private static async Task<IReadOnlyList<Invitation>> InvitationsAsync(LabStoryHost host, Guid labId)
    {
        var emails = await host.WithAsync<IReadOnlyList<EmailMessage>, IEmailStore>(store => store.ListAsync(new EmailMessageQuery(InstanceId: labId, Take: 1000), host.Token));
        return
        [
            .. emails.Where(e => e.Template == EmailTemplates.WorkshopInvitation).OrderBy(e => e.CreatedAt).ThenBy(e => e.RecipientAddress, StringComparer.Ordinal).Select(e =>
            {
                var file = Encoding.UTF8.GetString(Assert.Single(e.Attachments, a => a.FileName.EndsWith(".ics", StringComparison.Ordinal)).Content);
                var ics = file[file.IndexOf("BEGIN:VEVENT", StringComparison.Ordinal)..]; // the time zone block has DTSTARTs of its own
                return new Invitation(e.RecipientAddress, Line(ics, "UID"), int.Parse(Line(ics, "SEQUENCE"), System.Globalization.CultureInfo.InvariantCulture), OptionalLine(ics, "LOCATION"), Line(ics, "DTSTART"));
            }),
        ];
    }

    /// <summary>The value of the calendar property <paramref name="name"/> (parameters such as TZID left out).</summary>
    private static string Line(string ics, string name) =>
        OptionalLine(ics, name) is { Length: > 0 } value ? value : throw new Xunit.Sdk.XunitException($"The calendar file has no {name}.");

    /// <summary>The property's value, or empty when the file has none (a workshop without a place has no LOCATION).</summary>
    private static string OptionalLine(string ics, string name)
    {
        var unfolded = ics.Replace("\r\n ", "", StringComparison.Ordinal);
        var match = Regex.Match(unfolded, $"^{name}(;[^:\\r\\n]*)?:(.*)$", RegexOptions.Multiline);
        return match.Success ? match.Groups[2].Value.TrimEnd('\r') : "";
    }

    private static JsonObject Parse(string json) => JsonNode.Parse(json)!.AsObject();

    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    private static TimeOnly T(int hour, int minute) => new(hour, minute);

    private sealed record Invitation(string Recipient, string Uid, int Sequence, string Location, string Start);
}
