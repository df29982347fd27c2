namespace LabFlow.Activities.Methods;

/// <summary>A method in the library's list, with what its ratings add up to.</summary>
public sealed record MethodListItem(StoredMethod Stored, MethodRatings Ratings);
