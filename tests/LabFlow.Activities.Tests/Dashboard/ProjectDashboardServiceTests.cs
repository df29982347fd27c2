using LabFlow.Activities.Dashboard;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Organisation;
using LabFlow.Activities.Privacy;
using LabFlow.Activities.Register;
using LabFlow.Activities.Tests.TestSupport;

namespace LabFlow.Activities.Tests.Dashboard;

/// <summary>The dashboard's figures against labs seeded here and counted by hand.</summary>
public sealed class ProjectDashboardServiceTests
{
    private static readonly string School = PilotAdministrations.Grundskoleforvaltningen.Id;
    private static readonly string Preschool = PilotAdministrations.Forskoleforvaltningen.Id;
    private static readonly Guid Kim = LabTestHost.Coordinator1.Id;
    private static readonly Guid Ola = LabTestHost.OtherCoordinator.Id;
    private static readonly System.Globalization.CultureInfo Swedish = System.Globalization.CultureInfo.GetCultureInfo("sv");

    [Fact]
    public async Task GetAsync_CountsLabsEventsAndIndicatorsAsSeeded_WhenAnAdministratorAsks()
    {
        // Arrange: two labs in the school administration (the administrator facilitates the first), one in the preschool
        // administration; a conference held, one planned, one cancelled; one seminar planned.
        await using var host = new LabTestHost();
        DashboardTestLabs.AddAdmin(host);
        var admin = DashboardTestLabs.Admin.Id;
        var start = LabTestHost.LabStart;
        var first = await DashboardTestLabs.LaunchAsync(host, DashboardTestLabs.Lab, "Heltid", School, start, new LabMember(admin, Role.Facilitator), new LabMember(Kim, Role.Coordinator));
        var second = await DashboardTestLabs.LaunchAsync(host, DashboardTestLabs.Lab, "Schema", School, start, new LabMember(Kim, Role.Coordinator));
        var third = await DashboardTestLabs.LaunchAsync(host, DashboardTestLabs.Lab, "Förskolan", Preschool, start);
        var held = await DashboardTestLabs.LaunchAsync(host, DashboardTestLabs.Conference, "Jämlikhetskonferensen maj", School, start.AddDays(-10), new LabMember(admin, Role.Facilitator));
        var planned = await DashboardTestLabs.LaunchAsync(host, DashboardTestLabs.Conference, "Jämlikhetskonferensen december", School, start.AddDays(180), new LabMember(admin, Role.Facilitator));
        var cancelled = await DashboardTestLabs.LaunchAsync(host, DashboardTestLabs.Conference, "Inställd", School, start.AddDays(30), new LabMember(admin, Role.Facilitator));
        await host.Labs.CancelAsync(cancelled.Id, "Dubblett", admin, host.Token);
        var seminar = await DashboardTestLabs.LaunchAsync(host, DashboardTestLabs.Seminar, "Lärandeseminarium 1", Preschool, start.AddDays(14), new LabMember(admin, Role.Facilitator));

        await host.Tasks.CompleteAsync((await host.OpenTaskAsync(first.Id, "measure")).Id, Kim, null, LabTestHost.Answers("""
            { "figures": [ { "indicator": "Heltid", "women": 40, "men": 70 }, { "indicator": "Sjukfrånvaro", "women": 8, "men": 5, "unit": "%" } ] }
            """), host.Token);
        await host.Tasks.CompleteAsync((await host.OpenTaskAsync(first.Id, "check")).Id, Kim, null, LabTestHost.Answers("""
            { "again": [ { "indicator": " heltid ", "baselineWomen": 41, "baselineMen": 70, "currentWomen": 50, "currentMen": 68 } ] }
            """), host.Token);
        await host.Tasks.CompleteAsync((await host.OpenTaskAsync(third.Id, "measure")).Id, Ola, null, LabTestHost.Answers("""
            { "figures": [ { "indicator": "Heltid", "women": 30, "men": 60 } ] }
            """), host.Token);
        var register = host.Get<IParticipantRegisterStore>();
        await register.SaveProfileAsync(new ParticipantProfile(Kim, Sex.Woman, School, null, ProfessionGroup.Educator, LabTestHost.StartTime), host.Token);
        await register.SaveProfileAsync(new ParticipantProfile(Ola, Sex.Man, Preschool, null, ProfessionGroup.Manager, LabTestHost.StartTime), host.Token);
        await register.SaveAttendanceAsync(
        [
            Attended(first.Id, Kim, 3m, start),
            Attended(first.Id, Kim, 2m, new DateOnly(2026, 7, 2)) with { ActivityId = "followUpWorkshop" },
            Attended(third.Id, Ola, 4m, new DateOnly(2026, 6, 10)),
            Attended(held.Id, Guid.NewGuid(), 6m, start.AddDays(-10), guest: true),
        ], host.Token);
        await host.AdvanceAsync(TimeSpan.FromDays(3));

        // Act
        var dashboard = await host.Get<ProjectDashboardService>().GetAsync(admin, host.Token);

        // Assert: labs per administration against the goal of two, with phase and overdue tasks (day 3: "wrap" of the
        // first and "measure" of the second are due on day 1).
        Assert.Equal(2, dashboard.LabGoalPerAdministration);
        Assert.Equal(4, dashboard.Administrations.Count);
        var school = Assert.Single(dashboard.Administrations, a => a.AdministrationId == School);
        Assert.Equal(("Grundskoleförvaltningen", 2, true, 2), (school.Name, school.Count, school.GoalMet, school.OverdueTasks));
        Assert.Equal(["Heltid", "Schema"], school.Labs.Select(l => l.Title));
        Assert.Equal("Följa upp", Assert.Single(school.Labs[0].ActivePhases).Name.Get(Swedish));
        Assert.Equal("prepare", Assert.Single(school.Labs[1].ActivePhases).Id);
        var preschool = Assert.Single(dashboard.Administrations, a => a.AdministrationId == Preschool);
        Assert.Equal((1, false, 0), (preschool.Count, preschool.GoalMet, preschool.OverdueTasks));
        Assert.All(dashboard.Administrations.Where(a => a.AdministrationId != School && a.AdministrationId != Preschool), a => Assert.Equal(0, a.Count));

        // Conferences held on or before today, planned after; the cancelled one is left out. Seminars alike.
        Assert.Equal((1, 1, 0, 1), (dashboard.Conferences.HeldCount, dashboard.Conferences.PlannedCount, dashboard.Seminars.HeldCount, dashboard.Seminars.PlannedCount));
        Assert.Equal([held.Id], dashboard.Conferences.Held.Select(l => l.Id));
        Assert.Equal([planned.Id], dashboard.Conferences.Planned.Select(l => l.Id));
        Assert.Empty(dashboard.Seminars.Held);
        Assert.Equal([seminar.Id], dashboard.Seminars.Planned.Select(l => l.Id));

        // Indicators: the first lab's baseline (its own step wins over the follow-up's copy) and follow-up, matched by
        // name; the preschool lab's baseline has readers the administrator is not among, so it is counted, not shown.
        Assert.Equal(2, dashboard.Indicators.Count);
        Assert.Equal(new IndicatorPaging(0, ProjectDashboardService.IndicatorPageSize, More: false), dashboard.IndicatorPages);
        var measured = Assert.Single(dashboard.Indicators, i => i.LabId == first.Id);
        Assert.Equal(["Nuläge", "Uppföljning 3 månader"], measured.Measures.Select(m => m.Name.Get(Swedish)));
        Assert.Equal(0, measured.Unreadable);
        var fullTime = measured.Indicators[0];
        Assert.Equal("Heltid", fullTime.Indicator);
        Assert.Equal([new SexValues(40, 70), new SexValues(50, 68)], fullTime.Values);
        var sickLeave = measured.Indicators[1];
        Assert.Equal(("Sjukfrånvaro", "%"), (sickLeave.Indicator, sickLeave.Unit));
        Assert.Equal([new SexValues(8, 5), null], sickLeave.Values);
        var hidden = Assert.Single(dashboard.Indicators, i => i.LabId == third.Id);
        Assert.Equal((1, 0, 0), (hidden.Unreadable, hidden.Measures.Count, hidden.Indicators.Count));
        Assert.DoesNotContain(dashboard.Indicators, i => i.LabId == second.Id);

        // Participants and hours: Kim (woman, school) 3 + 2 h, Ola (man, preschool) 4 h, a guest (not stated) 6 h.
        var participation = dashboard.Participation;
        Assert.Equal((3, 15m, 4), (participation.Total.Total.People, participation.Total.Total.Hours, participation.Total.Total.Attendances));
        Assert.Equal(
            [("NotStated", 1, 6m), ("Woman", 1, 5m), ("Man", 1, 4m), ("Other", 0, 0m)],
            participation.BySex.Select(g => (g.Key, g.Total.People, g.Total.Hours)));
        Assert.Equal(
            [("2026-05", 1, 6m), ("2026-06", 2, 7m), ("2026-07", 1, 2m)],
            participation.ByMonth.Select(g => (g.Key, g.Total.People, g.Total.Hours)));
        Assert.Equal(
            [("Manager", 1, 4m), ("Educator", 1, 5m)],
            participation.ByProfessionGroup.Where(g => g.Key != "NotStated").Select(g => (g.Key, g.Total.People, g.Total.Hours)));
        var schoolPeople = Assert.Single(participation.ByOrganisation, g => g.Key == School);
        Assert.Equal((1, 5m, 1), (schoolPeople.Total.People, schoolPeople.Total.Hours, schoolPeople.BySex[Sex.Woman].People));
    }

    [Fact]
    public async Task GetAsync_LogsTheReadOfARestrictedBaseline_WhenTheAdministratorReadsItAsTheLabsFacilitator()
    {
        // Arrange
        await using var host = new LabTestHost();
        DashboardTestLabs.AddAdmin(host);
        var admin = DashboardTestLabs.Admin.Id;
        var lab = await DashboardTestLabs.LaunchAsync(host, DashboardTestLabs.Lab, "Heltid", School, LabTestHost.LabStart, new LabMember(admin, Role.Facilitator), new LabMember(Kim, Role.Coordinator));
        var baseline = await host.OpenTaskAsync(lab.Id, "measure");
        await host.Tasks.CompleteAsync(baseline.Id, Kim, null, LabTestHost.Answers("""{ "figures": [ { "indicator": "Heltid", "women": 40, "men": 70 } ] }"""), host.Token);

        // Act
        await host.Get<ProjectDashboardService>().GetAsync(admin, host.Token);

        // Assert
        var read = Assert.Single(await host.Get<ISensitiveReadLog>().ListAsync(new SensitiveReadQuery(), host.Token));
        Assert.Equal((admin, baseline.Id, lab.Id), (read.ReaderId, read.TaskId, read.LabId));
    }

    [Fact]
    public async Task GetAsync_ShowsOnlyTheirAdministrationsFiguresAndPeople_WhenACoordinatorAsks()
    {
        // Arrange: labs in two administrations with attendance in both; Kim coordinates in the school administration.
        await using var host = new LabTestHost();
        DashboardTestLabs.AddAdmin(host);
        var start = LabTestHost.LabStart;
        var school = await DashboardTestLabs.LaunchAsync(host, DashboardTestLabs.Lab, "Heltid", School, start, new LabMember(Kim, Role.Coordinator));
        var preschool = await DashboardTestLabs.LaunchAsync(host, DashboardTestLabs.Lab, "Förskolan", Preschool, start);
        var register = host.Get<IParticipantRegisterStore>();
        await register.SaveProfileAsync(new ParticipantProfile(Kim, Sex.Woman, School, null, ProfessionGroup.Educator, LabTestHost.StartTime), host.Token);
        await register.SaveAttendanceAsync(
        [
            Attended(school.Id, Kim, 3m, start),
            Attended(preschool.Id, Ola, 4m, start),
        ], host.Token);

        // Act
        var dashboard = await host.Get<ProjectDashboardService>().GetAsync(Kim, host.Token);
        var people = await host.Get<ProjectDashboardService>().ListParticipantsAsync(Kim, ParticipationFilter.All, "2026-06", host.Token);

        // Assert
        Assert.Equal([School], dashboard.Administrations.Select(a => a.AdministrationId));
        Assert.Equal((1, 3m), (dashboard.Participation.Total.Total.People, dashboard.Participation.Total.Total.Hours));
        Assert.Equal([Kim], people.Select(p => p.ParticipantId));
        var read = Assert.Single(await host.Get<ISensitiveReadLog>().ListAsync(new SensitiveReadQuery(), host.Token));
        Assert.Equal((Kim, School, ProjectDashboardService.PeopleReadName, AccessKind.RegisterExport), (read.ReaderId, read.AdministrationId, read.ActivityId, read.Kind));
    }

    [Fact]
    public async Task GetAsync_RefusesWithDashboardForbidden_WhenTheViewerIsAParticipant()
    {
        // Arrange
        await using var host = new LabTestHost();

        // Act
        var refused = await Assert.ThrowsAsync<LabDomainException>(() => host.Get<ProjectDashboardService>().GetAsync(LabTestHost.Participants[0].Id, host.Token));

        // Assert
        Assert.Equal((LabErrors.Forbidden, "dashboard.forbidden"), (refused.Code, refused.Text.Code));
    }

    [Fact]
    public async Task ListParticipantsAsync_RefusesWithMonthFormat_WhenTheMonthIsNotYearAndMonth()
    {
        // Arrange
        await using var host = new LabTestHost();

        // Act
        var refused = await Assert.ThrowsAsync<LabDomainException>(
            () => host.Get<ProjectDashboardService>().ListParticipantsAsync(Kim, ParticipationFilter.All, "juni", host.Token));

        // Assert
        Assert.Equal("dashboard.month_format", Assert.Single(refused.Fields!["month"]).Code);
    }

    private static AttendanceRecord Attended(Guid labId, Guid personId, decimal hours, DateOnly date, bool guest = false) =>
        new(labId, "workshop", personId, guest, Present: true, hours, date, LabTestHost.Facilitator.Id, LabTestHost.StartTime);
}
