namespace LabFlow.Activities.Listing;

/// <summary>How long a page of a list is: the API's <c>limit</c> and the pages' "show more".</summary>
public static class ListLimits
{
    public const int DefaultPageSize = 50;

    public const int MaxPageSize = 200;

    /// <summary>The page size asked for, or the default; outside 1..<see cref="MaxPageSize"/> is an error for the field <c>limit</c>.</summary>
    public static int PageSize(int? limit)
    {
        if (limit is { } n and (< 1 or > MaxPageSize))
        {
            throw Labs.LabDomainException.Invalid("limit", Messages.ListMessages.LimitOutOfRange.With(("limit", n), ("max", MaxPageSize), ("default", DefaultPageSize)));
        }

        return limit ?? DefaultPageSize;
    }
}
