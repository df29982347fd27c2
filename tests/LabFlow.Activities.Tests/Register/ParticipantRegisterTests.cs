using LabFlow.Activities.Labs;
using LabFlow.Activities.Organisation;
using LabFlow.Activities.Privacy;
using LabFlow.Activities.Register;
using LabFlow.Activities.Tests.TestSupport;

namespace LabFlow.Activities.Tests.Register;

/// <summary>
/// The participant register over a school lab and a project conference. Seeded by hand: at the school lab's
/// kickoff (2026-06-10) Ada (woman, educator) 3 h and Bo (man) 3 h, Cy absent; at the conference (2026-09-01) Ada
/// 2.5 h and a guest 4 h. So the project sees 3 people and 12.5 h: women 1 (5.5 h), men 1 (3 h), not stated 1 (4 h).
/// </summary>
public sealed class ParticipantRegisterTests : IAsyncLifetime
{
    private static readonly Person Lead = new(Guid.Parse("30000000-0000-0000-0000-000000000001"), "Pia Projektledare", "pia@example.se");
    private static readonly Person Trainer = new(Guid.Parse("30000000-0000-0000-0000-000000000002"), "Ulf Utbildning", "ulf@example.se");

    private static readonly string Flow = LabTestHost.Flow(
        """
        { "id": "kickoff", "type": "Workshop",
          "inputs": { "title": { "sv": "Uppstart", "en": "Kickoff" }, "date": { "daysAfterStart": 9 }, "participants": { "role": "Participant" },
                      "form": [ { "key": "notes", "type": "Text", "label": "Anteckningar" } ] } }
        """,
        """[ { "from": "start", "to": "kickoff" } ]""");

    private readonly LabTestHost _host = new();
    private Lab _school = null!;
    private Lab _conference = null!;
    private RegisterGuest _guest = null!;

    private static Person Ada => LabTestHost.Participants[0];

    private static Person Bo => LabTestHost.Participants[1];

    private static Person Cy => LabTestHost.Participants[2];

    private ParticipantRegisterService Register => _host.Get<ParticipantRegisterService>();

    private ParticipationQuery Query => _host.Get<ParticipationQuery>();

    public async Task InitializeAsync()
    {
        _host.Directory.AddPerson(Lead);
        _host.Directory.AddPerson(Trainer);
        _host.Directory.AddMembership(new Membership(Lead.Id, ProjectScope.AdministrationId, Role.ProjectLead));
        _host.Directory.AddMembership(new Membership(Trainer.Id, ProjectScope.AdministrationId, Role.TrainingCoordinator));

        _school = await _host.LaunchAsync(Flow);
        _conference = await _host.Labs.LaunchAsync(
            new LaunchLabRequest("lab-test", "Jämställdhetskonferens", ProjectScope.AdministrationId, "Hur kan vi sprida lärdomarna?", new DateOnly(2026, 8, 23), []),
            Lead.Id,
            _host.Token);

        await Register.SaveMyProfileAsync(Ada.Id, new ProfileInput(Sex.Woman, PilotAdministrations.Grundskoleforvaltningen.Id, null, ProfessionGroup.Educator), _host.Token);
        await Register.SaveMyProfileAsync(Bo.Id, new ProfileInput(Sex.Man, null, "Västra Götalandsregionen", ProfessionGroup.Manager), _host.Token);
        await Register.RecordAttendanceAsync(
            LabTestHost.Facilitator.Id, _school.Id, "kickoff", [new(Ada.Id, true, 3m), new(Bo.Id, true, 3m), new(Cy.Id, false, 0m)], null, _host.Token);

        _guest = await Register.RegisterGuestAsync(Trainer.Id, _conference.Id, new GuestInput("Gun Gäst", "Länsstyrelsen", null), _host.Token);
        await Register.RecordAttendanceAsync(Trainer.Id, _conference.Id, "kickoff", [new(Ada.Id, true, 2.5m), new(_guest.Id, true, 4m)], new DateOnly(2026, 9, 1), _host.Token);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task SummariseAsync_CountsEachPersonOnceWithTheirHoursBySex_WhenAProjectRoleReadsEveryAdministration()
    {
        var summary = await Query.SummariseAsync(Lead.Id, ParticipationFilter.All, _host.Token);

        Assert.Equal(new ParticipationFigure(3, 12.5m, 4), summary.Total.Total);
        Assert.Equal(new ParticipationFigure(1, 5.5m, 2), summary.Total.BySex[Sex.Woman]);
        Assert.Equal(new ParticipationFigure(1, 3m, 1), summary.Total.BySex[Sex.Man]);
        Assert.Equal(new ParticipationFigure(1, 4m, 1), summary.Total.BySex[Sex.NotStated]);
        Assert.Equal(ParticipationFigure.Zero, summary.Total.BySex[Sex.Other]);
        Assert.Equal(["2026-06", "2026-09"], summary.ByMonth.Select(m => m.Key));
        Assert.Equal(["Grundskoleförvaltningen", "Länsstyrelsen", "Västra Götalandsregionen"], summary.ByOrganisation.Select(o => o.Name));
    }

    [Fact]
    public async Task SummariseAsync_CoversOnlyTheirAdministrationsLabs_WhenACoordinatorReads()
    {
        var summary = await Query.SummariseAsync(LabTestHost.Coordinator1.Id, ParticipationFilter.All, _host.Token);

        Assert.Equal(new ParticipationFigure(2, 6m, 2), summary.Total.Total);
        Assert.Equal(["2026-06"], summary.ByMonth.Select(m => m.Key));
    }

    [Fact]
    public async Task ListAsync_RefusesWithForbidden_WhenAParticipantReads()
    {
        var refusal = await Assert.ThrowsAsync<LabDomainException>(() => Query.ListAsync(Ada.Id, ParticipationFilter.All, _host.Token));

        Assert.Equal(LabErrors.Forbidden, refusal.Code);
        Assert.Equal("register.project_forbidden", refusal.Text.Code);
    }

    [Fact]
    public async Task ListAsync_GivesThePeopleBehindAFigure_WhenFilteredBySex()
    {
        var women = await Query.ListAsync(Lead.Id, new ParticipationFilter(Sex: Sex.Woman), _host.Token);

        Assert.Equal([("Ada Deltagare", new DateOnly(2026, 6, 10), 3m), ("Ada Deltagare", new DateOnly(2026, 9, 1), 2.5m)], women.Select(r => (r.Name, r.Date, r.Hours)));
    }

    [Fact]
    public async Task RegisterGuestAsync_StoresNotStated_WhenTheGuestDidNotStateTheirSex()
    {
        var stored = await _host.Get<IParticipantRegisterStore>().FindGuestAsync(_guest.Id, _host.Token);

        Assert.Equal(Sex.NotStated, stored!.Sex);
        Assert.Equal("Länsstyrelsen", stored.Organisation);
    }

    [Fact]
    public async Task RegisterGuestAsync_RefusesWithForbidden_WhenACoordinatorOfTheLabsAdministrationTries()
    {
        var refusal = await Assert.ThrowsAsync<LabDomainException>(
            () => Register.RegisterGuestAsync(LabTestHost.Coordinator1.Id, _school.Id, new GuestInput("Gäst", "Annan", null), _host.Token));

        Assert.Equal(LabErrors.Forbidden, refusal.Code);
    }

    [Fact]
    public async Task RecordAttendanceAsync_RefusesEveryWrongRow_WhenAParticipantIsUnknownAndHoursAreOutOfRange()
    {
        var stranger = Guid.NewGuid();

        var refusal = await Assert.ThrowsAsync<LabDomainException>(() => Register.RecordAttendanceAsync(
            LabTestHost.Facilitator.Id, _school.Id, "kickoff", [new(stranger, true, 2m), new(Bo.Id, true, 30m)], null, _host.Token));

        Assert.Equal(LabErrors.Invalid, refusal.Code);
        Assert.Equal(["attendance[0].participantId", "attendance[1].hours"], refusal.Fields!.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task RecordAttendanceAsync_RefusesWithNotFound_WhenTheStepIsNotAWorkshop()
    {
        var refusal = await Assert.ThrowsAsync<LabDomainException>(() => Register.RecordAttendanceAsync(
            LabTestHost.Facilitator.Id, _school.Id, "start", [new(Bo.Id, true, 1m)], null, _host.Token));

        Assert.Equal("register.not_a_workshop", refusal.Text.Code);
    }

    [Fact]
    public async Task SaveMyProfileAsync_RefusesOnAdministrationId_WhenTheAdministrationDoesNotExist()
    {
        var refusal = await Assert.ThrowsAsync<LabDomainException>(() => Register.SaveMyProfileAsync(
            Cy.Id, new ProfileInput(Sex.Other, "no-such-administration", null, ProfessionGroup.Other), _host.Token));

        Assert.Equal(["administrationId"], refusal.Fields!.Keys);
        Assert.Null((await Register.GetMyProfileAsync(Cy.Id, _host.Token)).Profile);
    }

    [Fact]
    public async Task GetLabAsync_ListsTheWorkshopWithItsAttendance_WhenTheFacilitatorReads()
    {
        var register = await Register.GetLabAsync(LabTestHost.Facilitator.Id, _school.Id, _host.Token);

        var kickoff = Assert.Single(register.Workshops);
        Assert.Equal(("kickoff", "Uppstart", new DateOnly(2026, 6, 10)), (kickoff.ActivityId, kickoff.Title.Get(new System.Globalization.CultureInfo("sv")), kickoff.Date));
        Assert.Equal(3, kickoff.Attendance.Count);
        Assert.True(register.CanRecord);
    }

    [Fact]
    public async Task ExportAsync_JournalsTheExportInTheAccessLog_WhenACoordinatorExports()
    {
        var workbook = await _host.Get<RegisterExportService>().ExportAsync(
            LabTestHost.Coordinator1.Id, RegisterExportKind.Register, ParticipationFilter.All, "sv", "xlsx", _host.Token);

        var entry = Assert.Single(await _host.Get<ISensitiveReadLog>().ListAsync(new SensitiveReadQuery(ReaderId: LabTestHost.Coordinator1.Id), _host.Token));
        Assert.Equal((AccessKind.RegisterExport, PilotAdministrations.Grundskoleforvaltningen.Id, "deltagarregister.xlsx"), (entry.Kind, entry.AdministrationId, entry.ActivityId));
        Assert.Equal(2, workbook.Sheets[0].Rows.Count);
        Assert.Equal(["Totalt", 2, 6m, 2], workbook.Sheets[1].Rows[^1]);
    }

    [Fact]
    public async Task ExportAsync_JournalsNothingAndRefuses_WhenAParticipantExports()
    {
        await Assert.ThrowsAsync<LabDomainException>(() => _host.Get<RegisterExportService>().ExportAsync(
            Ada.Id, RegisterExportKind.Summary, ParticipationFilter.All, "sv", "csv", _host.Token));

        Assert.Empty(await _host.Get<ISensitiveReadLog>().ListAsync(new SensitiveReadQuery(ReaderId: Ada.Id), _host.Token));
    }

    [Fact]
    public async Task ExportAsync_ListsEveryLabWithParticipantsBySex_WhenTheProjectSummaryIsExported()
    {
        var workbook = await _host.Get<RegisterExportService>().ExportAsync(Lead.Id, RegisterExportKind.Summary, ParticipationFilter.All, "en", "xlsx", _host.Token);

        var labs = workbook.Sheets.Single(s => s.Name == "Labs");
        Assert.Equal(2, labs.Rows.Count);
        Assert.Equal(["Participants in total", 3], workbook.Sheets[0].Rows[2]);
    }

    [Fact]
    public async Task LabAccess_LetsAProjectLeadSeeButNotManageAnAdministrationsLab_WhileManagingTheProjectsOwn()
    {
        var access = _host.Get<LabAccess>();

        Assert.True(await access.CanSeeAsync(Lead.Id, _school, _host.Token));
        Assert.False(await access.CanManageAsync(Lead.Id, _school, _host.Token));
        Assert.True(await access.CanManageAsync(Lead.Id, _conference, _host.Token));
        Assert.False(await access.CanSeeAsync(LabTestHost.Coordinator1.Id, _conference, _host.Token));
    }

    [Fact]
    public async Task CanRecordAsync_LetsTheTrainingCoordinatorRecordInAnyAdministrationsLab_WhenNotInTheLab()
    {
        Assert.True(await Register.CanRecordAsync(Trainer.Id, _school, _host.Token));
        Assert.False(await Register.CanRecordAsync(Lead.Id, _school, _host.Token));
    }
}
