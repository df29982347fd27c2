namespace LabFlow.Host.Components.Pages.Labs;

/// <summary>One line of a lab's timeline, already in the page's language: a journal entry, or a skipped task with its reason.</summary>
public sealed record TimelineItem(DateTimeOffset At, long Sequence, string Text);
