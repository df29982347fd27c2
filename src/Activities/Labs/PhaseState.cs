using System.Text.Json.Serialization;

namespace LabFlow.Activities.Labs;

[JsonConverter(typeof(JsonStringEnumConverter<PhaseState>))]
public enum PhaseState
{
    Done,
    Active,
    Ahead,
}
