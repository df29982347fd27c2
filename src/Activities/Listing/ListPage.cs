namespace LabFlow.Activities.Listing;

/// <summary>One page of a list and the cursor of the next (<c>null</c> on the last page).</summary>
public sealed record ListPage<T>(IReadOnlyList<T> Items, string? Next);
