namespace LabFlow.Host.Components.Pages.MyTasks;

/// <summary>A task as Mina uppgifter shows it, with its texts already in the page's language.</summary>
public sealed record TaskRow(Guid Id, string Title, string Lab, string Phase, DateOnly? Due, bool Overdue);
