using System.Globalization;
using System.Text.Json.Nodes;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Messages;
using LabFlow.Activities.Organisation;

namespace LabFlow.Activities.Methods;

/// <summary>
/// The method library for both doors (the API and the pages): everyone signed in reads it, designers (and
/// administrators) edit it, facilitators (and administrators) rate a method 1–5. An edit is a new version; an edit
/// made from a version that is no longer the newest is refused, so two designers never overwrite each other.
/// </summary>
public sealed class MethodService(IMethodStore store, IDirectory directory, LabAccess access, TimeProvider timeProvider)
{
    public const int MinStars = 1;
    public const int MaxStars = 5;

    /// <summary>The longest search text; longer is cut, since no method's text is searched for whole paragraphs.</summary>
    public const int MaxSearchLength = 200;

    public async Task<IReadOnlyList<MethodListItem>> ListAsync(MethodQuery query, CancellationToken cancellationToken)
    {
        var stars = await store.ListStarsAsync(cancellationToken);
        var words = (query.Text ?? string.Empty).Trim() is { Length: > 0 } text
            ? text[..Math.Min(text.Length, MaxSearchLength)].Split(' ', StringSplitOptions.RemoveEmptyEntries)
            : [];
        var sv = StringComparer.Create(CultureInfo.GetCultureInfo("sv-SE"), ignoreCase: true);
        return [.. (await store.ListLatestAsync(cancellationToken))
            .Where(m => query.Phase is not { Length: > 0 } phase || m.Method.Phases.Contains(phase, StringComparer.Ordinal))
            .Where(m => query.Ground is not { Length: > 0 } ground || m.Method.Grounds.Contains(ground, StringComparer.Ordinal))
            .Where(m => words.All(word => Searchable(m.Method).Any(s => s.Contains(word, StringComparison.CurrentCultureIgnoreCase))))
            .OrderBy(m => m.Method.Name.Get(CultureInfo.CurrentUICulture), sv)
            .Select(m => new MethodListItem(m, MethodRatings.Of(stars.GetValueOrDefault(m.Method.Id) ?? [])))];
    }

    /// <summary>The newest versions of the methods with these ids that exist (links from agendas and tasks), by id.</summary>
    public async Task<IReadOnlyDictionary<string, StoredMethod>> FindManyAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken) =>
        ids.Count == 0
            ? new Dictionary<string, StoredMethod>()
            : (await store.ListLatestAsync(cancellationToken)).Where(m => ids.Contains(m.Method.Id)).ToDictionary(m => m.Method.Id, StringComparer.Ordinal);

    /// <exception cref="LabDomainException"><c>not_found</c> for an id the library does not have.</exception>
    public async Task<MethodDetails> GetAsync(string methodId, Guid readerId, CancellationToken cancellationToken)
    {
        var stored = await FindAsync(methodId, cancellationToken);
        var stars = (await store.ListStarsAsync(cancellationToken)).GetValueOrDefault(methodId) ?? [];
        var mine = await store.FindRatingAsync(methodId, readerId, cancellationToken);
        return new MethodDetails(stored, MethodRatings.Of(stars), mine?.Stars, await CanEditAsync(readerId, cancellationToken), await CanRateAsync(readerId, cancellationToken));
    }

    /// <summary>Designers and administrators edit methods (the same grant that designs flows).</summary>
    public async Task<bool> CanEditAsync(Guid personId, CancellationToken cancellationToken) =>
        (await access.OrganisationWideRolesAsync(personId, cancellationToken)).Any(role => RoleModel.Grants(role, Permission.DesignFlows));

    /// <summary>Facilitators (a role that runs labs, in any administration) and administrators rate methods.</summary>
    public async Task<bool> CanRateAsync(Guid personId, CancellationToken cancellationToken) =>
        (await directory.ListMembershipsAsync(personId, cancellationToken)).Any(m => RoleModel.Grants(m.Role, Permission.ManageLabs))
        || (await access.OrganisationWideRolesAsync(personId, cancellationToken)).Any(role => RoleModel.Grants(role, Permission.ManageLabs));

    /// <summary>
    /// Saves <paramref name="method"/> as the next version of <paramref name="methodId"/> after <paramref name="expectedVersion"/>
    /// (0 creates a new method).
    /// </summary>
    /// <exception cref="LabDomainException">
    /// <c>forbidden</c> unless a designer or administrator; <c>invalid</c> with every field's problem; <c>not_found</c>
    /// for an unknown id edited from a version; <c>conflict</c> when the method changed since <paramref name="expectedVersion"/>.
    /// </exception>
    public async Task<StoredMethod> SaveAsync(Guid actorId, string methodId, LabMethod method, int expectedVersion, CancellationToken cancellationToken)
    {
        if (!await CanEditAsync(actorId, cancellationToken))
        {
            throw new LabDomainException(LabErrors.Forbidden, MethodMessages.DesignersOnly.Message);
        }

        var errors = new InputErrors();
        if (!string.Equals(method.Id, methodId, StringComparison.Ordinal))
        {
            errors.Add("id", MethodMessages.IdMismatch.With(("actual", InputErrors.Shortened(method.Id)), ("expected", InputErrors.Shortened(methodId))));
        }

        foreach (var (field, message) in MethodRules.Check(method))
        {
            errors.Add(field, message);
        }

        errors.ThrowIfAny($"Method '{InputErrors.Shortened(methodId)}' cannot be saved.");
        var current = await store.FindLatestAsync(methodId, cancellationToken);
        if (current is null && expectedVersion != 0)
        {
            throw new LabDomainException(LabErrors.NotFound, MethodMessages.NotFound.With(("methodId", methodId)));
        }

        var saved = (current?.Version ?? 0) == expectedVersion
            ? await store.AddVersionAsync(method, expectedVersion, StoredMethod.DesignerOriginPrefix + actorId, null, timeProvider.GetUtcNow(), cancellationToken)
            : null;
        return saved ?? throw new LabDomainException(
            LabErrors.Conflict,
            MethodMessages.Stale.With(("methodId", methodId), ("current", (await store.FindLatestAsync(methodId, cancellationToken))?.Version ?? 0), ("expected", expectedVersion)));
    }

    /// <summary>
    /// Saves a method document (the shape of the shipped files) as the next version; every problem of its shape comes
    /// back keyed by its path under <c>method</c> (<c>method.minutes</c>).
    /// </summary>
    /// <exception cref="LabDomainException">As <see cref="SaveAsync"/>; the rights are checked before the document is read.</exception>
    public async Task<StoredMethod> SaveDocumentAsync(Guid actorId, string methodId, JsonObject? document, int expectedVersion, CancellationToken cancellationToken)
    {
        if (!await CanEditAsync(actorId, cancellationToken))
        {
            throw new LabDomainException(LabErrors.Forbidden, MethodMessages.DesignersOnly.Message);
        }

        var parsed = MethodJson.Parse(methodId, document?.ToJsonString() ?? "null");
        if (parsed.Method is not { } method)
        {
            var errors = new InputErrors();
            foreach (var (path, message) in parsed.Problems)
            {
                errors.Add("method" + path.TrimStart('$'), message);
            }

            errors.ThrowIfAny($"Method '{InputErrors.Shortened(methodId)}' cannot be saved.");
            throw new InvalidOperationException("A method document without a method has problems.");
        }

        return await SaveAsync(actorId, methodId, method, expectedVersion, cancellationToken);
    }

    /// <summary>Sets the caller's rating of a method; returns what the method's ratings now add up to.</summary>
    /// <exception cref="LabDomainException"><c>forbidden</c> unless a facilitator or administrator; <c>invalid</c> outside 1–5; <c>not_found</c> for an unknown id.</exception>
    public async Task<MethodRatings> RateAsync(Guid actorId, string methodId, int stars, CancellationToken cancellationToken)
    {
        if (!await CanRateAsync(actorId, cancellationToken))
        {
            throw new LabDomainException(LabErrors.Forbidden, MethodMessages.FacilitatorsOnly.Message);
        }

        if (stars is < MinStars or > MaxStars)
        {
            new InputErrors().Add("rating", MethodMessages.RatingRange.With(("rating", stars)))
                .ThrowIfAny($"The rating of method '{InputErrors.Shortened(methodId)}' cannot be saved.");
        }

        await FindAsync(methodId, cancellationToken);
        await store.RateAsync(new MethodRating(methodId, actorId, stars, timeProvider.GetUtcNow()), cancellationToken);
        return MethodRatings.Of((await store.ListStarsAsync(cancellationToken)).GetValueOrDefault(methodId) ?? []);
    }

    private async Task<StoredMethod> FindAsync(string methodId, CancellationToken cancellationToken) =>
        await store.FindLatestAsync(methodId, cancellationToken)
        ?? throw new LabDomainException(LabErrors.NotFound, MethodMessages.NotFound.With(("methodId", InputErrors.Shortened(methodId))));

    private static IEnumerable<string> Searchable(LabMethod method) =>
        [method.Id, .. method.Name.ByCulture.Values, method.Name.Invariant ?? string.Empty, .. method.Purpose.ByCulture.Values, method.Purpose.Invariant ?? string.Empty];
}
