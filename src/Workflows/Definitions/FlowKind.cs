using System.Text.Json.Serialization;

namespace LabFlow.Workflows.Definitions;

/// <summary>
/// What a flow's runs are, so pages and emails can call a run by its own name ("konferensen", not "labbet").
/// Written in a flow file as <c>"kind"</c> with the camel-case names below; a file without it is a <see cref="Lab"/>.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<FlowKind>))]
public enum FlowKind
{
    /// <summary>A social innovation lab (the default).</summary>
    [JsonStringEnumMemberName("lab")]
    Lab,

    /// <summary>A conference, such as the equality conference.</summary>
    [JsonStringEnumMemberName("conference")]
    Conference,

    /// <summary>A seminar, such as a learning seminar.</summary>
    [JsonStringEnumMemberName("seminar")]
    Seminar,

    /// <summary>One year's cycle of active measures under the Discrimination Act.</summary>
    [JsonStringEnumMemberName("activeMeasures")]
    ActiveMeasures,

    /// <summary>A leadership group leading a change (Leda i förändring).</summary>
    [JsonStringEnumMemberName("leadingChange")]
    LeadingChange,

    /// <summary>Anything else a flow may describe.</summary>
    [JsonStringEnumMemberName("other")]
    Other,
}
