namespace LabFlow.Host.Components.Pages.MyTasks;

/// <summary>A task as Mina uppgifter shows it, with its texts already in the page's language.</summary>
/// <param name="Lab">The title of the lab, conference … the task belongs to.</param>
/// <param name="Kind">What that is ("labb", "konferens" …), so a conference's task is not shown as a lab's.</param>
public sealed record TaskRow(Guid Id, string Title, string Lab, string Phase, DateOnly? Due, bool Overdue, string Kind = "")
{
    /// <summary>Where the title links: the task's page, or the board for a board's or vote's task.</summary>
    public string? Href { get; init; }
}
