using System.Buffers.Text;
using System.Text;
using LabFlow.Activities.Email;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Listing;
using LabFlow.Activities.Messages;

namespace LabFlow.Activities.Organisation;

/// <summary>How the people list is sorted; every order ends on the person's id, so it is total and a cursor is exact.</summary>
public enum PeopleSort
{
    Name,
    Email,
}

/// <summary>
/// The people list for administrators (<c>/admin/people</c> and <c>GET /api/v1/people</c>): filtered, sorted by name
/// (Swedish order, <see cref="SwedishSortKey"/>) or email, a page at a time with an opaque cursor holding the last
/// row's sort key and id, so people invited meanwhile never shift or repeat a later page. The store reads only the
/// page (keyset in SQL on the stored sort key).
/// </summary>
/// <remarks>Each person of a page carries the mail server's refusal of their address, if any (<see cref="WaitingEmails"/>), read once per page.</remarks>
public sealed class PeopleListService(IPeopleListStore store, LabAccess access, WaitingEmails waitingEmails)
{
    /// <exception cref="LabDomainException">
    /// <c>forbidden</c> unless an administrator; <c>invalid</c> for a limit out of range, a cursor this list (in this
    /// order) did not make, or a too long search.
    /// </exception>
    public async Task<ListPage<PersonSummary>> ListAsync(
        Guid actorId, PeopleQuery query, PeopleSort sort, string? cursor, int? limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await access.RequireAdminAsync(actorId, PeopleMessages.AdminOnly.Message, cancellationToken);
        var take = ListLimits.PageSize(limit);
        if (query.Search is { Length: > OrganisationLimits.EmailLength })
        {
            throw LabDomainException.Invalid("search", ListMessages.SearchTooLong.With(("length", query.Search.Length), ("max", OrganisationLimits.EmailLength)));
        }

        var after = cursor is null ? null : ReadCursor(cursor, sort);
        var items = await store.ListAsync(query, sort, after, take + 1, cancellationToken);
        var shown = await waitingEmails.WithRefusalsAsync(items.Count <= take ? items : [.. items.Take(take)], cancellationToken);
        if (items.Count <= take)
        {
            return new ListPage<PersonSummary>(shown, null);
        }

        var last = items[take - 1].Person;
        return new ListPage<PersonSummary>(
            shown,
            ListCursor.Encode(sort.ToString(), Base64Url.EncodeToString(Encoding.UTF8.GetBytes(PeopleListKeys.Of(last, sort))), last.Id.ToString("N")));
    }

    private static PeopleListKey ReadCursor(string cursor, PeopleSort sort)
    {
        var parts = ListCursor.Decode(cursor, 3);
        if (!string.Equals(parts[0], sort.ToString(), StringComparison.Ordinal))
        {
            // A cursor of the list in another order would skip or repeat people: the caller starts again.
            throw LabDomainException.Invalid("cursor", ListMessages.BadCursor.Message);
        }

        try
        {
            return new PeopleListKey(Encoding.UTF8.GetString(Base64Url.DecodeFromChars(parts[1])), ListCursor.ReadId(parts[2]));
        }
        catch (FormatException)
        {
            throw LabDomainException.Invalid("cursor", ListMessages.BadCursor.Message);
        }
    }
}
