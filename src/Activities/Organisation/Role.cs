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
}
