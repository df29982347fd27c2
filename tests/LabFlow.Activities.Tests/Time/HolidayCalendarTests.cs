using System.Globalization;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Organisation;
using LabFlow.Activities.Tasks;
using LabFlow.Activities.Tests.TestSupport;
using LabFlow.Activities.Time;

namespace LabFlow.Activities.Tests.Time;

public sealed class HolidayCalendarTests
{
    private static readonly Person Admin = new(Guid.Parse("30000000-0000-0000-0000-000000000001"), "Alva Admin", "alva@example.se");

    /// <summary>Weeks 28–31 of 2026: Monday 6 July to Sunday 2 August.</summary>
    private static readonly (DateOnly Start, DateOnly End) Summer = (new DateOnly(2026, 7, 6), new DateOnly(2026, 8, 2));

    private static readonly string SummerFlow = LabTestHost.Flow(
        """
        { "id": "survey", "type": "UserTask",
          "inputs": { "title": "Enkät", "assignee": { "role": "Participant", "each": true }, "due": { "daysAfterStart": 44 }, "reminders": [7, 2] } },
        { "id": "report", "type": "UserTask",
          "inputs": { "title": "Rapport", "assignee": { "role": "Facilitator" }, "due": { "daysAfterStart": 30 } } },
        { "id": "after", "type": "UserTask", "inputs": { "title": "Sammanställ", "assignee": { "role": "Facilitator" } } }
        """,
        """[ { "from": "start", "to": "survey" }, { "from": "start", "to": "report" }, { "from": "survey", "to": "after" } ]""");

    [Theory]
    [InlineData("2026-07-06", "2026-08-03")] // the period's first day: the Monday after it
    [InlineData("2026-07-15", "2026-08-03")] // inside the period
    [InlineData("2026-08-02", "2026-08-03")] // the period's last day (a Sunday)
    [InlineData("2026-07-04", "2026-07-03")] // the Saturday before: back to Friday, as before
    [InlineData("2026-08-03", "2026-08-03")] // the first working day after stays
    public void DueDate_MovesToFirstWorkingDayAfterPeriod_WhenDateIsInAHolidayPeriod(string given, string expected)
    {
        var calendar = CalendarWith(new HolidayPeriod(Guid.NewGuid(), "Sommar", Summer.Start, Summer.End));

        var due = calendar.DueDate(Date(given));

        Assert.Equal(Date(expected), due);
    }

    [Fact]
    public void DueDate_GoesForward_WhenTheWorkingDayBeforeIsInAPeriod()
    {
        // A period ending on Friday 31 July: Saturday 1 August would move back into it, so it moves on to Monday.
        var calendar = CalendarWith(new HolidayPeriod(Guid.NewGuid(), "Sommar", new DateOnly(2026, 7, 6), new DateOnly(2026, 7, 31)));

        var due = calendar.DueDate(new DateOnly(2026, 8, 1));

        Assert.Equal(new DateOnly(2026, 8, 3), due);
        Assert.False(calendar.IsWorkingDay(new DateOnly(2026, 7, 15)));
    }

    [Fact]
    public void Reminders_SkipThePeriod_WhenTheyWouldFallInIt()
    {
        var calendar = CalendarWith(new HolidayPeriod(Guid.NewGuid(), "Sommar", Summer.Start, Summer.End));
        var now = new DateTimeOffset(2026, 6, 1, 6, 0, 0, TimeSpan.Zero);

        var reminders = calendar.Reminders(new DateOnly(2026, 8, 5), [7, 2], now);

        Assert.Equal([new DateOnly(2026, 8, 3)], reminders.Select(calendar.DateOf));
    }

    [Fact]
    public async Task SaveAsync_RedatesOpenTasksWithHistoryAndMovesTheWindow_WhenAPeriodCoversTheirDueDates()
    {
        await using var host = new LabTestHost();
        AddAdmin(host);
        var lab = await host.LaunchAsync(SummerFlow);
        var service = host.Get<HolidayCalendarService>();

        var (_, moved) = await service.SaveAsync(Admin.Id, null, "Sommaruppehåll", Summer.Start, Summer.End, host.Token);

        // Day 44 is Wednesday 15 July, in the period: Monday 3 August. Day 30 is Wednesday 1 July: unchanged.
        var tasks = await host.TasksOfAsync(lab.Id);
        Assert.Equal(3, moved);
        Assert.All(tasks.Where(t => t.ActivityId == "survey"), t =>
        {
            Assert.Equal(new DateOnly(2026, 8, 3), t.Due);
            var entry = Assert.Single(t.History, h => h.Kind == TaskHistoryKind.DueDateMoved);
            Assert.Equal("2026-07-15 → 2026-08-03. Holiday calendar: period 'Sommaruppehåll' 2026-07-06–2026-08-02 saved.", entry.Note);
            Assert.Equal(Admin.Id.ToString(), entry.Actor);
            Assert.Equal([new DateOnly(2026, 8, 3)], t.Reminders.Select(host.Get<LabCalendar>().DateOf).Distinct());
        });
        Assert.Equal(new DateOnly(2026, 7, 1), Assert.Single(tasks, t => t.ActivityId == "report").Due);

        // The step's window closes at the end of the new due date, not on 15 July.
        await host.AdvanceAsync(new DateTimeOffset(2026, 7, 16, 0, 0, 0, TimeSpan.Zero) - host.Time.GetUtcNow());
        Assert.Equal(3, (await host.TasksOfAsync(lab.Id)).Count(t => t.ActivityId == "survey" && t.IsOpen));
    }

    [Fact]
    public async Task RemoveAsync_GivesBackThePlannedDueDate_WhenThePeriodIsRemoved()
    {
        await using var host = new LabTestHost();
        AddAdmin(host);
        var lab = await host.LaunchAsync(SummerFlow);
        var service = host.Get<HolidayCalendarService>();
        var (period, _) = await service.SaveAsync(Admin.Id, null, "Sommaruppehåll", Summer.Start, Summer.End, host.Token);

        var moved = await service.RemoveAsync(Admin.Id, period.Id, host.Token);

        Assert.Equal(3, moved);
        Assert.All((await host.TasksOfAsync(lab.Id)).Where(t => t.ActivityId == "survey"), t =>
        {
            Assert.Equal(new DateOnly(2026, 7, 15), t.Due);
            Assert.Equal(2, t.History.Count(h => h.Kind == TaskHistoryKind.DueDateMoved));
        });
        Assert.Empty(await service.ListAsync(host.Token));
    }

    [Fact]
    public async Task SaveAsync_IsRefused_WhenNotAnAdministratorOrThePeriodIsWrong()
    {
        await using var host = new LabTestHost();
        AddAdmin(host);
        var service = host.Get<HolidayCalendarService>();

        var forbidden = await Assert.ThrowsAsync<LabDomainException>(() =>
            service.SaveAsync(LabTestHost.Facilitator.Id, null, "Sommar", Summer.Start, Summer.End, host.Token));
        var invalid = await Assert.ThrowsAsync<LabDomainException>(() =>
            service.SaveAsync(Admin.Id, null, " ", Summer.End, Summer.Start, host.Token));
        var tooLong = await Assert.ThrowsAsync<LabDomainException>(() =>
            service.SaveAsync(Admin.Id, null, "År", new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), host.Token));

        Assert.Equal(LabErrors.Forbidden, forbidden.Code);
        Assert.Equal(["Give the period a name, such as \"Sommaruppehåll\"."], invalid.FieldErrors!["name"]);
        Assert.Equal(["The period ends (2026-07-06) before it starts (2026-08-02); give an end on or after the start."], invalid.FieldErrors["end"]);
        Assert.Equal(["A holiday period is at most 92 days (this one is 365); split it or shorten it."], tooLong.FieldErrors!["end"]);
        Assert.Empty(await service.ListAsync(host.Token));
    }

    private static LabCalendar CalendarWith(params HolidayPeriod[] periods)
    {
        var holidays = new HolidayPeriods();
        holidays.Replace(periods);
        return new LabCalendar(holidays);
    }

    private static void AddAdmin(LabTestHost host)
    {
        host.Directory.AddPerson(Admin);
        host.Directory.AddMembership(new Membership(Admin.Id, PilotAdministrations.Grundskoleforvaltningen.Id, Role.Admin));
    }

    private static DateOnly Date(string text) => DateOnly.Parse(text, CultureInfo.InvariantCulture);
}
