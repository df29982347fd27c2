namespace LabFlow.Host.Components.Tasks;

/// <summary>What the task page shows: nothing of the task unless it is <see cref="Loaded"/>.</summary>
public enum TaskPageState
{
    Loading,
    NotFound,
    Forbidden,
    NoPerson,
    Loaded,
}
