using LabFlow.Workflows.Definitions;

namespace LabFlow.Host.Components.Flows;

/// <summary>
/// Undo and redo for the designer: the flow document after each change (definitions are immutable records whose
/// inputs the mapper deep-copies, so a snapshot cannot change under the history). The oldest states fall off after
/// <see cref="Capacity"/> changes; a new change after an undo drops what could have been redone, as editors do.
/// </summary>
internal sealed class FlowEditHistory(WorkflowDefinition current)
{
    public const int Capacity = 100;

    private readonly LinkedList<WorkflowDefinition> _undo = new();
    private readonly Stack<WorkflowDefinition> _redo = new();

    public WorkflowDefinition Current { get; private set; } = current;

    public bool CanUndo => _undo.Count > 0;

    public bool CanRedo => _redo.Count > 0;

    /// <summary>Records the flow as it is after a change.</summary>
    public void Record(WorkflowDefinition after)
    {
        _undo.AddLast(Current);
        if (_undo.Count > Capacity)
        {
            _undo.RemoveFirst();
        }

        Current = after;
        _redo.Clear();
    }

    /// <summary>The flow as it was before the last change; <c>null</c> when there is nothing to undo.</summary>
    public WorkflowDefinition? Undo()
    {
        if (_undo.Last is not { } previous)
        {
            return null;
        }

        _undo.RemoveLast();
        _redo.Push(Current);
        Current = previous.Value;
        return Current;
    }

    /// <summary>The flow as it was before the last undo; <c>null</c> when there is nothing to redo.</summary>
    public WorkflowDefinition? Redo()
    {
        if (!_redo.TryPop(out var next))
        {
            return null;
        }

        _undo.AddLast(Current);
        Current = next;
        return Current;
    }
}
