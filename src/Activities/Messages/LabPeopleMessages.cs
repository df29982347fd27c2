using LabFlow.Activities.Organisation;

namespace LabFlow.Activities.Messages;

/// <summary>The refusals of adding people to a lab (<see cref="Labs.LabService.AddPersonAsync"/>), which name the person and the role in words.</summary>
public static class LabPeopleMessages
{
    public static readonly MessageText AlreadyInLab = new(
        "lab.already_in_lab",
        "{name} finns redan i '{title}' som {role}; inget ändrades. Välj en annan roll eller en annan person.",
        "{name} is already in lab '{title}' as {role}; nothing was changed. Choose another role or another person.");

    public static readonly MessageText Facilitator = new("role.facilitator", "processledare", "facilitator");

    public static readonly MessageText Coordinator = new("role.coordinator", "samordnare", "coordinator");

    public static readonly MessageText Communicator = new("role.communicator", "kommunikatör", "communicator");

    public static readonly MessageText HR = new("role.hr", "HR-expert", "HR expert");

    public static readonly MessageText Sponsor = new("role.sponsor", "uppdragsgivare", "sponsor");

    public static readonly MessageText Participant = new("role.participant", "deltagare", "participant");

    public static readonly MessageText Designer = new("role.designer", "projektteam", "designer");

    public static readonly MessageText Admin = new("role.admin", "administratör", "administrator");

    public static readonly MessageText ProjectLead = new("role.project_lead", "projektledare", "project lead");

    public static readonly MessageText TrainingCoordinator = new("role.training_coordinator", "utbildningssamordnare", "training coordinator");

    public static readonly MessageText ProjectCommunicator = new("role.project_communicator", "kommunikatör (projekt)", "communicator (project)");

    public static readonly MessageText EconomistAdministrator = new("role.economist_administrator", "ekonom/administratör", "economist/administrator");

    public static readonly MessageText ProjectHR = new("role.project_hr", "HR-expert (projekt)", "HR expert (project)");

    /// <summary>A role's name in the reader's language, as an argument of another message.</summary>
    public static CodedMessage RoleName(Role role) => (role switch
    {
        Role.Facilitator => Facilitator,
        Role.Coordinator => Coordinator,
        Role.Communicator => Communicator,
        Role.HR => HR,
        Role.Sponsor => Sponsor,
        Role.Participant => Participant,
        Role.Designer => Designer,
        Role.ProjectLead => ProjectLead,
        Role.TrainingCoordinator => TrainingCoordinator,
        Role.ProjectCommunicator => ProjectCommunicator,
        Role.EconomistAdministrator => EconomistAdministrator,
        Role.ProjectHR => ProjectHR,
        _ => Admin,
    }).Message;
}
