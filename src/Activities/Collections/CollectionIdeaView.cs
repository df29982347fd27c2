using System.Text.Json.Nodes;

namespace LabFlow.Activities.Collections;

/// <summary>One idea in a <see cref="CollectionView"/>; <see cref="Votes"/> is set once the vote is closed.</summary>
public sealed record CollectionIdeaView(Guid Id, JsonObject Answers, DateTimeOffset At, bool Mine, int? Votes);
