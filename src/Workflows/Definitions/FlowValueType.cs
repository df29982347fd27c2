using System.Text.Json.Serialization;

namespace LabFlow.Workflows.Definitions;

/// <summary>The types a flow's inputs, variables and activity inputs can have.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FlowValueType>))]
public enum FlowValueType
{
    String,
    Number,
    Boolean,
    Date,
    DateTime,
    Duration,
    Person,
    PersonList,
    Administration,
    Object,
    List,
    Text,
    Any,
}
