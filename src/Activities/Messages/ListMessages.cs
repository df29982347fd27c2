namespace LabFlow.Activities.Messages;

/// <summary>The refusals of paged lists (<see cref="Listing.ListLimits"/>, <see cref="Listing.ListCursor"/>, the lab list's search).</summary>
public static class ListMessages
{
    public static readonly MessageText LimitOutOfRange = new(
        "list.limit_out_of_range",
        "Gränsen är {limit}; be om 1 till {max} rader per sida (standard är {default}).",
        "The limit is {limit}; ask for 1 to {max} items per page (the default is {default}).");

    public static readonly MessageText BadCursor = new(
        "list.bad_cursor",
        "Markören kommer inte från den här listan; skicka värdet 'next' från föregående sida som det är, eller utelämna det för första sidan.",
        "The cursor was not made by this list; pass the 'next' value of the previous page as it is, or leave it out for the first page.");

    public static readonly MessageText SearchTooLong = new(
        "list.search_too_long",
        "Sökningen är {length} tecken lång; sök på högst {max} tecken.",
        "The search is {length} characters; search for at most {max}.");
}
