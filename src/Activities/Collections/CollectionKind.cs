using System.Text.Json.Serialization;

namespace LabFlow.Activities.Collections;

[JsonConverter(typeof(JsonStringEnumConverter<CollectionKind>))]
public enum CollectionKind
{
    /// <summary>Ideas (or insights) submitted by participants: a CollectIdeas step.</summary>
    Ideas,

    /// <summary>Dot votes on the ideas of another collection: a DotVote step.</summary>
    Votes,
}
