namespace LabFlow.Host.Components.Pages.Labs;

/// <summary>Which of the overview's management forms is open; one at a time, so keyboard users keep their place.</summary>
internal enum LabPanel
{
    None,
    Pause,
    Resume,
    Cancel,
    StartDate,
    AddTask,
    AddPerson,
    TaskDue,
    TaskReassign,
    TaskSkip,
    IncidentSkip,
    CloseStep,
}
