namespace LabFlow.Activities.Knowledge;

/// <summary>What a knowledge bank entry holds: the kinds a facilitator publishes at handover.</summary>
public enum KnowledgeKind
{
    Insight,
    Idea,
    Prototype,
    Decision,
    FollowUpResult,
}
