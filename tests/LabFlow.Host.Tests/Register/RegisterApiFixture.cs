using LabFlow.Activities.Labs;
using LabFlow.Activities.Organisation;
using LabFlow.Activities.Register;
using LabFlow.Host.Tests.Identity;
using LabFlow.Workflows.Definitions;
using LabFlow.Workflows.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace LabFlow.Host.Tests.Register;

/// <summary>
/// One Host on real SQLite with a register seeded by hand. The school lab's kickoff (2030-03-13): Wera (woman) 2 h,
/// Max (man) 3 h, a guest 1.5 h; the preschool lab's kickoff: Wera 4 h, Alex (other) 2 h. So the project sees 4
/// people and 12.5 h in 5 attendances (women 1 / 6 h, men 1 / 3 h, other 1 / 2 h, not stated 1 / 1.5 h) and the
/// school's coordinator 3 people and 6.5 h in 3.
/// </summary>
public sealed class RegisterApiFixture : IAsyncLifetime
{
    public const string FlowId = "register-api";

    private const string Flow = """
        {
          "id": "register-api",
          "version": 1,
          "name": "Register API",
          "activities": [
            { "id": "start", "type": "Start" },
            { "id": "kickoff", "type": "Workshop",
              "inputs": { "title": { "sv": "Uppstart", "en": "Kickoff" }, "date": { "daysAfterStart": 9 }, "participants": { "role": "Participant" },
                          "form": [ { "key": "notes", "type": "Text", "label": "Anteckningar" } ] } }
          ],
          "connections": [ { "from": "start", "to": "kickoff" } ]
        }
        """;

    public LabFlowApiFactory Factory { get; } = new();

    public Person Lead { get; private set; } = null!;

    public Person Coordinator { get; private set; } = null!;

    public Person Facilitator { get; private set; } = null!;

    public Person Participant { get; private set; } = null!;

    public Guid SchoolLab { get; private set; }

    public async Task InitializeAsync()
    {
        var preschool = PilotAdministrations.Forskoleforvaltningen.Id;
        Lead = await Factory.CreatePersonAsync("Pia Projektledare");
        Coordinator = await Factory.CreatePersonAsync("Kim Samordnare", [Role.Coordinator]);
        Facilitator = await Factory.CreatePersonAsync("Fia Processledare", [Role.Facilitator]);
        Participant = await Factory.CreatePersonAsync("Wera Deltagare", [Role.Participant]);
        var max = await Factory.CreatePersonAsync("Max Deltagare", [Role.Participant]);
        var alex = await Factory.CreatePersonAsync("Alex Deltagare");
        var preschoolFacilitator = await Factory.CreatePersonAsync("Per Processledare");

        await using var scope = Factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var token = CancellationToken.None;
        var directory = services.GetRequiredService<IDirectoryCommands>();
        await directory.AddMembershipAsync(new Membership(Lead.Id, ProjectScope.AdministrationId, Role.ProjectLead), token);
        await directory.AddMembershipAsync(new Membership(alex.Id, preschool, Role.Participant), token);
        await directory.AddMembershipAsync(new Membership(preschoolFacilitator.Id, preschool, Role.Facilitator), token);

        var loaded = services.GetRequiredService<WorkflowDefinitionLoader>().Load("test", Flow);
        await services.GetRequiredService<IWorkflowDefinitionStore>().PublishAsync(loaded.Definition!, "test", null, token);
        var labs = services.GetRequiredService<LabService>();
        var school = await labs.LaunchAsync(
            new LaunchLabRequest(FlowId, "Jämlik rekrytering", LabFlowApiFactory.AdministrationId, "Hur kan vi rekrytera jämlikt?", new DateOnly(2030, 3, 4), [new LabMember(Facilitator.Id, Role.Facilitator)]),
            Facilitator.Id,
            token);
        var preschoolLab = await labs.LaunchAsync(
            new LaunchLabRequest(FlowId, "Jämlik schemaläggning", preschool, "Hur kan vi lägga scheman jämlikt?", new DateOnly(2030, 4, 1), [new LabMember(preschoolFacilitator.Id, Role.Facilitator)]),
            preschoolFacilitator.Id,
            token);
        SchoolLab = school.Id;

        var register = services.GetRequiredService<ParticipantRegisterService>();
        await register.SaveMyProfileAsync(Participant.Id, new ProfileInput(Sex.Woman, LabFlowApiFactory.AdministrationId, null, ProfessionGroup.Educator), token);
        await register.SaveMyProfileAsync(max.Id, new ProfileInput(Sex.Man, LabFlowApiFactory.AdministrationId, null, ProfessionGroup.Manager), token);
        await register.SaveMyProfileAsync(alex.Id, new ProfileInput(Sex.Other, preschool, null, ProfessionGroup.Educator), token);
        var guest = await register.RegisterGuestAsync(Facilitator.Id, school.Id, new GuestInput("Gun Gäst", "Länsstyrelsen", "gun@example.se"), token);
        await register.RecordAttendanceAsync(Facilitator.Id, school.Id, "kickoff", [new(Participant.Id, true, 2m), new(max.Id, true, 3m), new(guest.Id, true, 1.5m)], null, token);
        await register.RecordAttendanceAsync(preschoolFacilitator.Id, preschoolLab.Id, "kickoff", [new(Participant.Id, true, 4m), new(alex.Id, true, 2m)], null, token);
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}
