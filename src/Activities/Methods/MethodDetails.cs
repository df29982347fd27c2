namespace LabFlow.Activities.Methods;

/// <summary>One method for its page: the newest version, its ratings, the reader's own rating, and what the reader may do.</summary>
public sealed record MethodDetails(StoredMethod Stored, MethodRatings Ratings, int? MyRating, bool CanEdit, bool CanRate);
