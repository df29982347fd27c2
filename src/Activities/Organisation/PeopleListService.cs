using System.Buffers.Text;
using System.Globalization;
using System.Text;
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
/// or email, a page at a time with an opaque cursor holding the last row's sort key and id, so people invited
/// meanwhile never shift or repeat a later page. The directory answers a filter in two queries whatever the page.
/// </summary>
public sealed class PeopleListService(IDirectory directory, LabAccess access)
{
    private static readonly StringComparer SwedishOrder = StringComparer.Create(CultureInfo.GetCultureInfo("sv-SE"), ignoreCase: true);

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

        (string SortKey, Guid Id)? after = cursor is null ? null : ReadCursor(cursor, sort);
        var ordered = (await directory.SearchPeopleAsync(query, cancellationToken))
            .OrderBy(p => KeyOf(p.Person, sort), SwedishOrder)
            .ThenBy(p => p.Person.Id);
        var rest = after is { } key
            ? ordered.Where(p => SwedishOrder.Compare(KeyOf(p.Person, sort), key.SortKey) switch
            {
                > 0 => true,
                0 => p.Person.Id.CompareTo(key.Id) > 0,
                _ => false,
            })
            : ordered;
        var items = rest.Take(take + 1).ToList();
        if (items.Count <= take)
        {
            return new ListPage<PersonSummary>(items, null);
        }

        var last = items[take - 1].Person;
        return new ListPage<PersonSummary>(
            [.. items.Take(take)],
            ListCursor.Encode(sort.ToString(), Base64Url.EncodeToString(Encoding.UTF8.GetBytes(KeyOf(last, sort))), last.Id.ToString("N")));
    }

    private static string KeyOf(Person person, PeopleSort sort) => sort == PeopleSort.Email ? person.Email : person.Name;

    private static (string SortKey, Guid Id) ReadCursor(string cursor, PeopleSort sort)
    {
        var parts = ListCursor.Decode(cursor, 3);
        if (!string.Equals(parts[0], sort.ToString(), StringComparison.Ordinal))
        {
            // A cursor of the list in another order would skip or repeat people: the caller starts again.
            throw LabDomainException.Invalid("cursor", ListMessages.BadCursor.Message);
        }

        try
        {
            return (Encoding.UTF8.GetString(Base64Url.DecodeFromChars(parts[1])), ListCursor.ReadId(parts[2]));
        }
        catch (FormatException)
        {
            throw LabDomainException.Invalid("cursor", ListMessages.BadCursor.Message);
        }
    }
}
