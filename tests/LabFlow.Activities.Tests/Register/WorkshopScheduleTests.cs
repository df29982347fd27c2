using System.Globalization;
using System.Text.Json.Nodes;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Register;
using LabFlow.Activities.Tests.TestSupport;

namespace LabFlow.Activities.Tests.Register;

public sealed class WorkshopScheduleTests : IAsyncLifetime
{
    private static readonly string Flow = LabTestHost.Flow(
        """
        { "id": "kickoff", "type": "Workshop",
          "inputs": { "title": "Uppstart", "date": { "daysAfterStart": 9 }, "startTime": "13:00", "durationMinutes": 90, "location": "Rum 4",
                      "agenda": [ { "title": "Välkommen", "minutes": 15 }, { "title": "Idéer", "minutes": 60 } ] } }
        """,
        """[ { "from": "start", "to": "kickoff" } ]""");

    private readonly LabTestHost _host = new();
    private Lab _lab = null!;

    private WorkshopScheduleService Schedules => _host.Get<WorkshopScheduleService>();

    public async Task InitializeAsync() => _lab = await _host.LaunchAsync(Flow);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task SetAsync_MovesTheWorkshopsDayOnTheRegister_WhenTheLabsFacilitatorSetsANewTimeAndPlace()
    {
        // Arrange
        var input = new WorkshopScheduleInput(new DateOnly(2026, 6, 12), new TimeOnly(15, 0), 60, "Stora salen", "https://meet.example.se/uppstart");

        // Act
        var saved = await Schedules.SetAsync(LabTestHost.Facilitator.Id, _lab.Id, "kickoff", input, _host.Token);
        var register = await _host.Get<ParticipantRegisterService>().GetLabAsync(LabTestHost.Facilitator.Id, _lab.Id, _host.Token);

        // Assert
        Assert.Equal(("Stora salen", "https://meet.example.se/uppstart"), (saved.Location, saved.MeetingLink));
        Assert.Equal(new DateOnly(2026, 6, 12), Assert.Single(register.Workshops).Date);
    }

    [Fact]
    public async Task SetAsync_RefusesWithForbidden_WhenACoordinatorWhoSeesTheLabTries()
    {
        // Act
        var refusal = await Assert.ThrowsAsync<LabDomainException>(() => Schedules.SetAsync(
            LabTestHost.Coordinator1.Id, _lab.Id, "kickoff", new WorkshopScheduleInput(null, null, null, "Rum 9", null), _host.Token));

        // Assert
        Assert.Equal(("forbidden", "register.schedule_forbidden"), (refusal.Code, refusal.Text.Code));
    }

    [Fact]
    public async Task SetAsync_RefusesEveryWrongField_WhenTheLinkIsNotAWebAddressAndTheDurationIsZero()
    {
        // Act
        var refusal = await Assert.ThrowsAsync<LabDomainException>(() => Schedules.SetAsync(
            LabTestHost.Facilitator.Id, _lab.Id, "kickoff", new WorkshopScheduleInput(null, null, 0, null, "javascript:alert(1)"), _host.Token));

        // Assert
        Assert.Equal(["durationMinutes", "meetingLink"], refusal.Fields!.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Apply_MovesStartEndAndAgendaAndRaisesTheSequence_WhenTheStartTimeChanges()
    {
        // Arrange
        var model = new JsonObject
        {
            ["date"] = "2026-06-10",
            ["startTime"] = "13:00",
            ["durationMinutes"] = 90,
            ["startsAt"] = "2026-06-10T13:00:00.0000000+02:00",
            ["endsAt"] = "2026-06-10T14:30:00.0000000+02:00",
            ["location"] = "Rum 4",
            ["agenda"] = new JsonArray(new JsonObject { ["title"] = "Välkommen", ["minutes"] = 15 }, new JsonObject { ["title"] = "Idéer", ["minutes"] = 60 }),
        };
        var schedule = new WorkshopSchedule(Guid.NewGuid(), "kickoff", null, new TimeOnly(15, 0), null, "Stora salen", null, 1234, Guid.NewGuid(), LabTestHost.StartTime);

        // Act
        WorkshopScheduleService.Apply(model, schedule, CultureInfo.GetCultureInfo("sv"));

        // Assert
        Assert.Equal("2026-06-10T15:00:00.0000000+02:00", model["startsAt"]!.GetValue<string>());
        Assert.Equal("2026-06-10T16:30:00.0000000+02:00", model["endsAt"]!.GetValue<string>());
        Assert.Equal("Stora salen", model["location"]!.GetValue<string>());
        Assert.Equal(1234, model["sequence"]!.GetValue<int>());
        Assert.Equal("15:15", model["agendaItems"]![1]!["start"]!.GetValue<string>());
    }
}
