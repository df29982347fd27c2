using LabFlow.Activities.Labs;
using LabFlow.Activities.Tests.TestSupport;
using LabFlow.Activities.Time;

namespace LabFlow.Activities.Tests.Labs;

/// <summary>A new lab is never overdue at birth: the earliest start the launch form offers, and what a lab launched earlier gets.</summary>
public sealed class LaunchDatesTests
{
    private const string PreparationSteps = """
        { "id": "invite", "type": "UserTask", "inputs": { "title": "Bjud in", "assignee": { "role": "Facilitator" }, "due": { "daysAfterStart": -35 } } },
        { "id": "book", "type": "UserTask", "inputs": { "title": "Boka lokal", "assignee": { "role": "Facilitator" }, "due": { "daysAfterStart": -10 } } },
        { "id": "kickoff", "type": "UserTask", "inputs": { "title": "Uppstart", "assignee": { "role": "Facilitator" }, "due": { "daysAfterStart": 0 } } }
        """;

    private const string Connections = """
        [ { "from": "start", "to": "invite" }, { "from": "start", "to": "book" }, { "from": "start", "to": "kickoff" } ]
        """;

    private static readonly LabCalendar Calendar = new();

    [Fact]
    public async Task EarliestStart_IsTodayPlusTheLongestLead_WhenStepsAreDueBeforeTheStart()
    {
        await using var host = new LabTestHost();
        var definition = await host.PublishAsync(LabTestHost.Flow(PreparationSteps, Connections));

        var earliest = LaunchDates.EarliestStart(definition, new DateOnly(2026, 6, 1), Calendar);

        // Monday 1 June + 35 days: the invitation step is then due on 1 June itself.
        Assert.Equal(new DateOnly(2026, 7, 6), earliest);
    }

    [Fact]
    public async Task EarliestStart_SkipsStartsWhoseDueDateMovesBackPastToday_WhenTheDueDateFallsOnAWeekend()
    {
        await using var host = new LabTestHost();
        var definition = await host.PublishAsync(LabTestHost.Flow(
            """{ "id": "prepare", "type": "UserTask", "inputs": { "title": "Förbered", "assignee": { "role": "Facilitator" }, "due": { "daysAfterStart": -1 } } }""",
            """[ { "from": "start", "to": "prepare" } ]"""));

        // Saturday 6 June: a start on the 7th or 8th gives a weekend due date, which moves back to Friday the 5th.
        var earliest = LaunchDates.EarliestStart(definition, new DateOnly(2026, 6, 6), Calendar);

        Assert.Equal(new DateOnly(2026, 6, 9), earliest);
    }

    [Fact]
    public async Task EarliestStart_IsToday_WhenNoStepIsDueBeforeTheStart()
    {
        await using var host = new LabTestHost();
        var definition = await host.PublishAsync(LabTestHost.Flow(
            """{ "id": "report", "type": "UserTask", "inputs": { "title": "Rapportera", "assignee": { "role": "Facilitator" }, "due": { "daysAfterStart": 14 } } }""",
            """[ { "from": "start", "to": "report" } ]"""));

        var earliest = LaunchDates.EarliestStart(definition, new DateOnly(2026, 6, 1), Calendar);

        Assert.Equal(new DateOnly(2026, 6, 1), earliest);
    }

    [Fact]
    public async Task EarliestStartAsync_AnswersTheRuleForTheLatestPublishedVersion_WhenNoVersionIsGiven()
    {
        await using var host = new LabTestHost();
        var definition = await host.PublishAsync(LabTestHost.Flow(PreparationSteps, Connections));

        var earliest = await host.Labs.EarliestStartAsync(definition.Id, null, host.Token);

        Assert.Equal(LabTestHost.LabStart.AddDays(35), earliest);
    }

    [Fact]
    public async Task LaunchAsync_DatesTasksThatWouldBeInThePastOnTheLaunchDay_WhenTheStartIsEarlierThanTheEarliestStart()
    {
        await using var host = new LabTestHost();

        // Launched today (1 June) with a start 22 days ahead: the invitation would be due 35 days before that.
        var start = LabTestHost.LabStart.AddDays(22);
        var lab = await host.LaunchAsync(LabTestHost.Flow(PreparationSteps, Connections), startDate: start);

        var today = LabTestHost.LabStart;
        Assert.Equal(today, (await host.OpenTaskAsync(lab.Id, "invite")).Due);
        Assert.Equal(new DateOnly(2026, 6, 12), (await host.OpenTaskAsync(lab.Id, "book")).Due);
        Assert.Equal(start, (await host.OpenTaskAsync(lab.Id, "kickoff")).Due);
        Assert.All(await host.TasksOfAsync(lab.Id), t => Assert.True(t.Due >= today, $"{t.ActivityId} is due {t.Due}, before the launch day."));
    }

    [Fact]
    public async Task LaunchAsync_KeepsThePlannedDueDates_WhenTheStartIsTheEarliestStart()
    {
        await using var host = new LabTestHost();
        var start = LabTestHost.LabStart.AddDays(35);

        var lab = await host.LaunchAsync(LabTestHost.Flow(PreparationSteps, Connections), startDate: start);

        Assert.Equal(LabTestHost.LabStart, (await host.OpenTaskAsync(lab.Id, "invite")).Due);
        Assert.Equal(Calendar.DueDate(start.AddDays(-10)), (await host.OpenTaskAsync(lab.Id, "book")).Due);
    }
}
