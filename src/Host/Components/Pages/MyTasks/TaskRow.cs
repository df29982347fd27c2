namespace LabFlow.Host.Components.Pages.MyTasks;

/// <summary>A task as Mina uppgifter shows it, with its texts already in the page's language.</summary>
public sealed record TaskRow(Guid Id, string Title, string Lab, string Phase, DateOnly? Due, bool Overdue)
{
    /// <summary>Where the title links: the task's page, or the board for a board's or vote's task.</summary>
    public string? Href { get; init; }
}
