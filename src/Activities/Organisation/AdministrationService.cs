using System.Globalization;
using System.Text;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Messages;

namespace LabFlow.Activities.Organisation;

/// <summary>
/// The administrations (förvaltningar) for both doors (the API and the admin page): everyone signed in lists them,
/// only administrators add, rename, retire and reinstate them. A retired administration gets no new labs but keeps
/// its labs, people and history; its id never changes, so nothing that refers to it breaks.
/// </summary>
public sealed class AdministrationService(IDirectory directory, IDirectoryCommands commands, LabAccess access, TimeProvider timeProvider)
{
    public Task<IReadOnlyList<Administration>> ListAsync(CancellationToken cancellationToken) => directory.ListAdministrationsAsync(cancellationToken);

    /// <summary>Adds an administration; its id is made from the name (<c>Kulturförvaltningen</c> → <c>kulturforvaltningen</c>) unless given.</summary>
    /// <exception cref="LabDomainException"><c>forbidden</c> unless an administrator; <c>invalid</c> with every field's problem.</exception>
    public async Task<Administration> AddAsync(Guid actorId, string? name, string? id, CancellationToken cancellationToken)
    {
        await RequireAdminAsync(actorId, cancellationToken);
        var errors = new InputErrors().RequireText("name", name, OrganisationLimits.NameLength, "the administration's official name, such as \"Kulturförvaltningen\"");
        var slug = string.IsNullOrWhiteSpace(id) ? Slug(name) : id.Trim();
        if (errors.IsEmpty)
        {
            errors.RequireId("id", slug, "the administration's id");
        }

        var existing = await directory.ListAdministrationsAsync(cancellationToken);
        if (errors.IsEmpty && existing.Any(a => a.Id == slug))
        {
            errors.Add("id", OrganisationMessages.AdministrationIdTaken.With(("administration", slug)));
        }

        CheckNameFree(errors, name, null, existing);
        errors.ThrowIfAny("The administration cannot be added.");
        var administration = new Administration(slug, name!.Trim());
        await commands.SaveAdministrationAsync(administration, cancellationToken);
        return administration;
    }

    /// <exception cref="LabDomainException"><c>not_found</c>, <c>forbidden</c>, or <c>invalid</c> for a missing, long or taken name.</exception>
    public async Task<Administration> RenameAsync(Guid actorId, string administrationId, string? name, CancellationToken cancellationToken)
    {
        await RequireAdminAsync(actorId, cancellationToken);
        var administration = await FindAsync(administrationId, cancellationToken);
        var errors = new InputErrors().RequireText("name", name, OrganisationLimits.NameLength, "the administration's official name");
        CheckNameFree(errors, name, administrationId, await directory.ListAdministrationsAsync(cancellationToken));
        errors.ThrowIfAny($"Administration '{administrationId}' cannot be renamed.");
        var renamed = administration with { Name = name!.Trim() };
        await commands.SaveAdministrationAsync(renamed, cancellationToken);
        return renamed;
    }

    /// <summary>Retires the administration: no new labs there. Retiring one already retired changes nothing.</summary>
    public async Task<Administration> RetireAsync(Guid actorId, string administrationId, CancellationToken cancellationToken)
    {
        await RequireAdminAsync(actorId, cancellationToken);
        var administration = await FindAsync(administrationId, cancellationToken);
        if (administration.IsRetired)
        {
            return administration;
        }

        var retired = administration with { RetiredAt = timeProvider.GetUtcNow() };
        await commands.SaveAdministrationAsync(retired, cancellationToken);
        return retired;
    }

    /// <summary>Takes a retired administration back into use.</summary>
    public async Task<Administration> ReinstateAsync(Guid actorId, string administrationId, CancellationToken cancellationToken)
    {
        await RequireAdminAsync(actorId, cancellationToken);
        var reinstated = await FindAsync(administrationId, cancellationToken) with { RetiredAt = null };
        await commands.SaveAdministrationAsync(reinstated, cancellationToken);
        return reinstated;
    }

    /// <summary>An id from a name: lowercase a–z and digits, å and ä as a, ö as o, everything else a hyphen.</summary>
    public static string Slug(string? name)
    {
        var builder = new StringBuilder();
        foreach (var c in (name ?? string.Empty).Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(c is (>= 'a' and <= 'z') or (>= '0' and <= '9') ? c : '-');
        }

        var slug = string.Join('-', builder.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries));
        return slug.Length > InputIds.MaxLength ? slug[..InputIds.MaxLength].TrimEnd('-') : slug;
    }

    private static void CheckNameFree(InputErrors errors, string? name, string? exceptId, IReadOnlyList<Administration> existing)
    {
        if (!string.IsNullOrWhiteSpace(name)
            && existing.FirstOrDefault(a => a.Id != exceptId && string.Equals(a.Name, name.Trim(), StringComparison.CurrentCultureIgnoreCase)) is { } taken)
        {
            errors.Add("name", OrganisationMessages.AdministrationNameTaken.With(("administration", taken.Id), ("name", taken.Name)));
        }
    }

    private async Task<Administration> FindAsync(string administrationId, CancellationToken cancellationToken) =>
        await directory.FindAdministrationAsync(administrationId, cancellationToken)
            ?? throw new LabDomainException(LabErrors.NotFound, OrganisationMessages.AdministrationNotFound.With(("administration", InputErrors.Shortened(administrationId))));

    private Task RequireAdminAsync(Guid actorId, CancellationToken cancellationToken) =>
        access.RequireAdminAsync(actorId, OrganisationMessages.AdministrationsAdminOnly.Message, cancellationToken);
}
