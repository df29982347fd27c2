using System.Net.Mail;
using System.Security.Claims;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Organisation;
using LabFlow.Activities.Tasks;
using LabFlow.Host.Api.Authorization;
using LabFlow.Host.Infrastructure.Identity;
using LabFlow.Host.Infrastructure.Persistence;
using LabFlow.Host.Infrastructure.Persistence.Domain.Organisation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace LabFlow.Host.Api.Organisation;

/// <summary>
/// <c>/api/v1/administrations</c> for everyone signed in; <c>/api/v1/people</c> and their memberships for
/// administrators. Deactivating a person moves their open tasks to whom the administrator names and stops their
/// sign-in at once (passwords, tokens and, through the security stamp, cookies already issued).
/// </summary>
internal static class OrganisationApi
{
    private static readonly string[] Cultures = ["sv", "en"];

    public static RouteGroupBuilder MapOrganisationApi(this RouteGroupBuilder api)
    {
        api.MapGet("/administrations", ListAdministrationsAsync).WithTags("Organisation").RequireAuthorization(LabFlowPolicies.SignedIn);

        var people = api.MapGroup("/people").WithTags("Organisation").RequireAuthorization(LabFlowPolicies.Administer);
        people.MapGet("/", ListPeopleAsync);
        people.MapGet("/{id:guid}", GetPersonAsync);
        people.MapPost("/", CreatePersonAsync);
        people.MapPut("/{id:guid}", UpdatePersonAsync);
        people.MapPost("/{id:guid}/deactivate", DeactivateAsync);
        people.MapPost("/{id:guid}/reactivate", ReactivateAsync);
        people.MapPost("/{id:guid}/memberships", AddMembershipAsync);
        people.MapDelete("/{id:guid}/memberships/{administrationId}/{role}", RemoveMembershipAsync);
        return api;
    }

    private static async Task<IResult> ListAdministrationsAsync(IDirectory directory, CancellationToken cancellationToken) =>
        TypedResults.Ok(await directory.ListAdministrationsAsync(cancellationToken));

    /// <summary>People by name, optionally those with <paramref name="role"/> in <paramref name="administration"/>.</summary>
    private static async Task<IResult> ListPeopleAsync(LabFlowDbContext db, string? administration, Role? role, bool? includeInactive, CancellationToken cancellationToken)
    {
        var people = db.Set<PersonRow>().AsNoTracking();
        var memberships = db.Set<MembershipRow>().AsNoTracking();
        if (includeInactive != true)
        {
            people = people.Where(p => p.Active);
        }

        if (administration is not null || role is not null)
        {
            people = people.Where(p => memberships.Any(m => m.PersonId == p.Id
                && (administration == null || m.AdministrationId == administration)
                && (role == null || m.Role == role)));
        }

        var rows = await people.ToListAsync(cancellationToken);
        var ids = rows.Select(p => p.Id).ToList();
        var held = (await memberships.Where(m => ids.Contains(m.PersonId)).ToListAsync(cancellationToken)).ToLookup(m => m.PersonId);
        return TypedResults.Ok(rows
            .Select(p => new PersonResponse(p.Id, p.Name, p.Email, p.Culture, p.Active, [.. held[p.Id].Select(m => new MembershipBody(m.AdministrationId, m.Role))]))
            .OrderBy(p => p.Name, StringComparer.CurrentCulture)
            .ToList());
    }

    private static async Task<IResult> GetPersonAsync(Guid id, IDirectory directory, CancellationToken cancellationToken) =>
        await FindAsync(id, directory, cancellationToken) is { } person ? TypedResults.Ok(person) : PersonNotFound(id);

    private static async Task<IResult> CreatePersonAsync(
        CreatePersonBody body,
        IDirectory directory,
        IDirectoryCommands commands,
        UserManager<LabFlowUser> users,
        CancellationToken cancellationToken)
    {
        var memberships = body.Memberships ?? [];
        var errors = await CheckPersonAsync(body.Name, body.Email, body.Culture, null, directory, users, cancellationToken);
        for (var i = 0; i < memberships.Count; i++)
        {
            await CheckAdministrationAsync(errors, $"memberships[{i}].administrationId", memberships[i].AdministrationId, directory, cancellationToken);
        }

        if (!errors.IsEmpty)
        {
            return errors.ToProblem("The person cannot be created until every field is fixed.");
        }

        var person = new Person(Guid.NewGuid(), body.Name.Trim(), body.Email.Trim(), body.Culture);
        var created = await users.CreateAsync(new LabFlowUser(person.Id, person.Email));
        if (!created.Succeeded)
        {
            return new FieldErrors().Add("email", string.Join(" ", created.Errors.Select(e => e.Description))).ToProblem();
        }

        await commands.SavePersonAsync(person, cancellationToken);
        foreach (var membership in memberships)
        {
            await commands.AddMembershipAsync(new Membership(person.Id, membership.AdministrationId, membership.Role), cancellationToken);
        }

        return TypedResults.Created($"/api/v1/people/{person.Id}", await FindAsync(person.Id, directory, cancellationToken));
    }

    private static async Task<IResult> UpdatePersonAsync(
        Guid id,
        UpdatePersonBody body,
        IDirectory directory,
        IDirectoryCommands commands,
        UserManager<LabFlowUser> users,
        CancellationToken cancellationToken)
    {
        if (await directory.FindPersonAsync(id, cancellationToken) is not { } existing)
        {
            return PersonNotFound(id);
        }

        var errors = await CheckPersonAsync(body.Name, body.Email, body.Culture, id, directory, users, cancellationToken);
        if (!errors.IsEmpty)
        {
            return errors.ToProblem("The person cannot be changed until every field is fixed.");
        }

        var email = body.Email.Trim();
        if (!string.Equals(existing.Email, email, StringComparison.Ordinal) && await users.FindByIdAsync(id.ToString()) is { } user)
        {
            // The user name is the email address, so sign-in follows the new address.
            var changed = await users.SetEmailAsync(user, email);
            changed = changed.Succeeded ? await users.SetUserNameAsync(user, email) : changed;
            if (!changed.Succeeded)
            {
                return new FieldErrors().Add("email", string.Join(" ", changed.Errors.Select(e => e.Description))).ToProblem();
            }
        }

        await commands.SavePersonAsync(existing with { Name = body.Name.Trim(), Email = email, Culture = body.Culture }, cancellationToken);
        return TypedResults.Ok(await FindAsync(id, directory, cancellationToken));
    }

    private static async Task<IResult> DeactivateAsync(
        Guid id,
        DeactivatePersonBody body,
        ClaimsPrincipal caller,
        IDirectory directory,
        IDirectoryCommands commands,
        ITaskStore tasks,
        TaskService taskService,
        AccountSessions sessions,
        CancellationToken cancellationToken)
    {
        if (await directory.FindPersonAsync(id, cancellationToken) is not { } person)
        {
            return PersonNotFound(id);
        }

        var errors = new FieldErrors().LimitText("note", body.Note, OrganisationLimits.NoteLength, "the note");
        var open = await tasks.ListForPersonAsync(id, includeClosed: false, cancellationToken);
        if (body.ReassignTasksTo is { } to)
        {
            var successor = await directory.FindPersonAsync(to, cancellationToken);
            if (successor is not { Active: true } || to == id)
            {
                errors.Add("reassignTasksTo", successor is null
                    ? $"Person {to} is not in the directory; name an active person to take over the open tasks."
                    : $"{successor.Name} cannot take over the open tasks{(to == id ? " of themselves" : " because they are no longer active")}; name another active person.");
            }
        }
        else if (open.Count > 0)
        {
            errors.Add("reassignTasksTo", $"{person.Name} has {open.Count} open task(s); name the active person who takes them over.");
        }

        if (!errors.IsEmpty)
        {
            return errors.ToProblem($"{person.Name} cannot be deactivated until every field is fixed.");
        }

        var reassigned = 0;
        if (body.ReassignTasksTo is { } successorId && open.Count > 0)
        {
            var result = await taskService.ReassignAllOpenTasksOfAsync(id, successorId, caller.PersonId(), body.Note, cancellationToken);
            reassigned = result.Reassigned;
            if (result.NotPermitted > 0)
            {
                return ApiProblems.Forbidden($"{result.NotPermitted} of {person.Name}'s open tasks are in labs you cannot manage; {reassigned} moved, and {person.Name} stays active.");
            }
        }

        await commands.SavePersonAsync(person with { Active = false }, cancellationToken);
        await sessions.EndAllAsync(id, cancellationToken);

        return TypedResults.Ok(new DeactivatedResponse((await FindAsync(id, directory, cancellationToken))!, reassigned));
    }

    private static async Task<IResult> ReactivateAsync(Guid id, IDirectory directory, IDirectoryCommands commands, CancellationToken cancellationToken)
    {
        if (await directory.FindPersonAsync(id, cancellationToken) is not { } person)
        {
            return PersonNotFound(id);
        }

        await commands.SavePersonAsync(person with { Active = true }, cancellationToken);
        return TypedResults.Ok(await FindAsync(id, directory, cancellationToken));
    }

    private static async Task<IResult> AddMembershipAsync(Guid id, MembershipBody body, IDirectory directory, IDirectoryCommands commands, CancellationToken cancellationToken)
    {
        if (await directory.FindPersonAsync(id, cancellationToken) is null)
        {
            return PersonNotFound(id);
        }

        var errors = new FieldErrors();
        await CheckAdministrationAsync(errors, "administrationId", body.AdministrationId, directory, cancellationToken);
        if (!errors.IsEmpty)
        {
            return errors.ToProblem();
        }

        await commands.AddMembershipAsync(new Membership(id, body.AdministrationId, body.Role), cancellationToken);
        return TypedResults.Ok(await FindAsync(id, directory, cancellationToken));
    }

    private static async Task<IResult> RemoveMembershipAsync(Guid id, string administrationId, string role, IDirectory directory, IDirectoryCommands commands, AccountSessions sessions, CancellationToken cancellationToken)
    {
        if (await directory.FindPersonAsync(id, cancellationToken) is null)
        {
            return PersonNotFound(id);
        }

        var errors = new FieldErrors();
        if (InputIds.Problem(administrationId, "the administration's id") is { } problem)
        {
            errors.Add("administrationId", problem);
        }

        if (!Roles.TryParse(role, out var parsed))
        {
            errors.Add("role", $"Unknown role '{InputErrors.Shortened(role)}'; roles are {string.Join(", ", Roles.Names)}.");
        }

        if (!errors.IsEmpty)
        {
            return errors.ToProblem();
        }

        var membership = new Membership(id, administrationId, parsed);
        if (!(await directory.ListMembershipsAsync(id, cancellationToken)).Contains(membership))
        {
            return ApiProblems.NotFound($"Person {id} has no role {parsed} in '{administrationId}'.");
        }

        await commands.RemoveMembershipAsync(membership, cancellationToken);
        await sessions.EndAllAsync(id, cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<FieldErrors> CheckPersonAsync(
        string name,
        string email,
        string culture,
        Guid? self,
        IDirectory directory,
        UserManager<LabFlowUser> users,
        CancellationToken cancellationToken)
    {
        var errors = new FieldErrors()
            .RequireText("name", name, OrganisationLimits.NameLength, "the person's name")
            .RequireText("email", email, OrganisationLimits.EmailLength, "the person's email address");
        if (!Cultures.Contains(culture, StringComparer.Ordinal))
        {
            errors.Add("culture", $"Unknown language '{InputErrors.Shortened(culture)}'; use \"sv\" or \"en\".");
        }

        if (string.IsNullOrWhiteSpace(email) || email.Length > OrganisationLimits.EmailLength)
        {
            return errors;
        }

        var trimmed = email.Trim();
        if (!MailAddress.TryCreate(trimmed, out var address) || !string.Equals(address.Address, trimmed, StringComparison.Ordinal))
        {
            return errors.Add("email", $"'{trimmed}' is not an email address; write it as name@example.se.");
        }

        var taken = await directory.FindPersonByEmailAsync(trimmed, cancellationToken);
        var user = await users.FindByEmailAsync(trimmed);
        if ((taken is not null && taken.Id != self) || (user is not null && user.Id != self))
        {
            errors.Add("email", $"Someone in LabFlow already has the email address '{trimmed}'.");
        }

        return errors;
    }

    private static async Task CheckAdministrationAsync(FieldErrors errors, string path, string administrationId, IDirectory directory, CancellationToken cancellationToken)
    {
        if (InputIds.Problem(administrationId, "the administration's id") is { } problem)
        {
            errors.Add(path, problem);
        }
        else if (await directory.FindAdministrationAsync(administrationId, cancellationToken) is null)
        {
            errors.Add(path, $"Administration '{administrationId}' does not exist; choose one from /api/v1/administrations.");
        }
    }

    private static async Task<PersonResponse?> FindAsync(Guid id, IDirectory directory, CancellationToken cancellationToken)
    {
        if (await directory.FindPersonAsync(id, cancellationToken) is not { } person)
        {
            return null;
        }

        var memberships = await directory.ListMembershipsAsync(id, cancellationToken);
        return new PersonResponse(person.Id, person.Name, person.Email, person.Culture, person.Active, [.. memberships.Select(m => new MembershipBody(m.AdministrationId, m.Role))]);
    }

    private static IResult PersonNotFound(Guid id) => ApiProblems.NotFound($"Person {id} was not found. List people at /api/v1/people.");
}
