using System.Text.Json.Serialization;

namespace LabFlow.Activities.Feedback;

/// <summary>Where an improvement suggestion stands in its flow's inbox.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SuggestionStatus>))]
public enum SuggestionStatus
{
    /// <summary>Not looked at yet.</summary>
    New,

    /// <summary>A designer means to change the flow.</summary>
    Planned,

    /// <summary>The flow was changed.</summary>
    Done,

    /// <summary>The flow stays as it is; the reply says why.</summary>
    Declined,
}
