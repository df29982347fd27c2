using System.Text.Json.Serialization;

namespace LabFlow.Activities.Organisation;

/// <summary>What a person does in an administration or a lab; flows name roles by these names.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Role>))]
public enum Role
{
    Admin,
    Designer,
    Facilitator,
    Coordinator,
    Communicator,
    HR,
    Sponsor,
    Participant,

    // The ESF project team's roles (issue 15): held through a membership of the project scope
    // (ProjectScope.AdministrationId); they see every administration's labs (RoleScope.Project).

    /// <summary>Projektledare.</summary>
    ProjectLead,

    /// <summary>Utbildningssamordnare: runs conferences and seminars, registers guests and attendance.</summary>
    TrainingCoordinator,

    /// <summary>Kommunikatör (projekt).</summary>
    ProjectCommunicator,

    /// <summary>Ekonom/administratör.</summary>
    EconomistAdministrator,

    /// <summary>HR-expert (projekt), from Stadsledningskontoret.</summary>
    ProjectHR,
}
