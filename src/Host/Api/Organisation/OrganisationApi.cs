using System.Security.Claims;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Listing;
using LabFlow.Activities.Messages;
using LabFlow.Activities.Organisation;
using LabFlow.Host.Authorization;

namespace LabFlow.Host.Api.Organisation;

/// <summary>
/// <c>/api/v1/administrations</c> for everyone signed in; <c>/api/v1/people</c> and their memberships for
/// administrators. Deactivating a person moves their open tasks to whom the administrator names and stops their
/// sign-in at once (passwords, tokens and, through the security stamp, cookies already issued).
/// </summary>
internal static class OrganisationApi
{
    public static RouteGroupBuilder MapOrganisationApi(this RouteGroupBuilder api)
    {
        api.MapGet("/administrations", ListAdministrationsAsync).WithTags("Organisation").RequireAuthorization(LabFlowPolicies.SignedIn);

        var people = api.MapGroup("/people").WithTags("Organisation").RequireAuthorization(LabFlowPolicies.Administer);
        people.MapGet("/", ListPeopleAsync);
        people.MapGet("/{id:guid}", GetPersonAsync);
        people.MapPost("/", CreatePersonAsync);
        people.MapPost("/invitations", InviteManyAsync);
        people.MapPut("/{id:guid}", UpdatePersonAsync);
        people.MapPost("/{id:guid}/deactivate", DeactivateAsync);
        people.MapPost("/{id:guid}/reactivate", ReactivateAsync);
        people.MapPost("/{id:guid}/email/retry", RetryRefusedEmailsAsync);
        people.MapPost("/{id:guid}/memberships", AddMembershipAsync);
        people.MapDelete("/{id:guid}/memberships/{administrationId}/{role}", RemoveMembershipAsync);
        api.MapHolidayCalendarApi();
        api.MapAdministrationsApi();
        return api;
    }

    private static async Task<IResult> ListAdministrationsAsync(IDirectory directory, CancellationToken cancellationToken) =>
        TypedResults.Ok(await directory.ListAdministrationsAsync(cancellationToken));

    /// <summary>
    /// A page of people sorted by name (or <paramref name="sort"/>), optionally those with <paramref name="role"/> in
    /// <paramref name="administration"/> or matching <paramref name="search"/>; <c>next</c> is the cursor of the page after.
    /// </summary>
    private static async Task<IResult> ListPeopleAsync(
        ClaimsPrincipal caller,
        PeopleListService people,
        string? administration,
        Role? role,
        bool? includeInactive,
        string? search,
        PeopleSort? sort,
        int? limit,
        string? cursor,
        CancellationToken cancellationToken)
    {
        var page = await people.ListAsync(
            caller.PersonId(),
            new PeopleQuery(string.IsNullOrWhiteSpace(search) ? null : search.Trim(), administration, role, includeInactive == true ? null : true),
            sort ?? PeopleSort.Name,
            cursor,
            limit,
            cancellationToken);
        return TypedResults.Ok(new ListPage<PersonResponse>([.. page.Items.Select(ToResponse)], page.Next));
    }

    private static async Task<IResult> GetPersonAsync(Guid id, ClaimsPrincipal caller, PeopleService people, CancellationToken cancellationToken) =>
        TypedResults.Ok(ToResponse(await people.GetAsync(caller.PersonId(), id, cancellationToken)));

    /// <summary>Creates the person and their account, and emails them the invitation to choose a password (as the admin page does).</summary>
    private static async Task<IResult> CreatePersonAsync(CreatePersonBody body, ClaimsPrincipal caller, PeopleService people, CancellationToken cancellationToken)
    {
        var memberships = (body.Memberships ?? []).Select(m => new Membership(Guid.Empty, m.AdministrationId, m.Role)).ToList();
        var created = await people.InviteAsync(caller.PersonId(), new NewPerson(body.Name, body.Email, body.Culture, memberships), cancellationToken);
        return TypedResults.Created($"/api/v1/people/{created.Person.Id}", ToResponse(created));
    }

    /// <summary>
    /// Invites several people at once (a CSV text with name, email, administration, role, or a list of emails with one
    /// administration and role); 200 with one result per row (created, already exists, or invalid naming line and field).
    /// </summary>
    private static async Task<IResult> InviteManyAsync(BulkInvitation body, HttpContext httpContext, PeopleInvitations invitations, CancellationToken cancellationToken)
    {
        var language = ApiLanguage.Of(httpContext);
        var rows = await invitations.InviteAsync(httpContext.User.PersonId(), body, cancellationToken);
        return TypedResults.Ok(rows.Select(r => new InvitationRowResponse(r.Line, r.Email, r.Status, r.PersonId, r.Field, r.Message?.Code, r.Message?.In(language))).ToList());
    }

    private static async Task<IResult> UpdatePersonAsync(Guid id, UpdatePersonBody body, ClaimsPrincipal caller, PeopleService people, CancellationToken cancellationToken) =>
        TypedResults.Ok(ToResponse(await people.UpdateAsync(caller.PersonId(), id, body.Name, body.Email, body.Culture, cancellationToken)));

    private static async Task<IResult> DeactivateAsync(Guid id, DeactivatePersonBody body, ClaimsPrincipal caller, PeopleService people, CancellationToken cancellationToken)
    {
        var deactivated = await people.DeactivateAsync(caller.PersonId(), id, body.ReassignTasksTo, body.Note, cancellationToken);
        return TypedResults.Ok(new DeactivatedResponse(ToResponse(deactivated.Person), deactivated.TasksReassigned));
    }

    private static async Task<IResult> ReactivateAsync(Guid id, ClaimsPrincipal caller, PeopleService people, CancellationToken cancellationToken) =>
        TypedResults.Ok(ToResponse(await people.ReactivateAsync(caller.PersonId(), id, cancellationToken)));

    /// <summary>
    /// Sends the emails the mail server refused for the person again, to their address as it is: 200 with the person
    /// (no longer flagged), 409 <c>email_not_refused</c> when none is refused (another administrator was first).
    /// </summary>
    private static async Task<IResult> RetryRefusedEmailsAsync(Guid id, ClaimsPrincipal caller, PeopleService people, CancellationToken cancellationToken) =>
        TypedResults.Ok(ToResponse(await people.RetryRefusedEmailsAsync(caller.PersonId(), id, cancellationToken)));

    private static async Task<IResult> AddMembershipAsync(Guid id, MembershipBody body, ClaimsPrincipal caller, PeopleService people, CancellationToken cancellationToken)
    {
        await people.AddMembershipAsync(caller.PersonId(), new Membership(id, body.AdministrationId, body.Role), cancellationToken);
        return TypedResults.Ok(ToResponse(await people.GetAsync(caller.PersonId(), id, cancellationToken)));
    }

    private static async Task<IResult> RemoveMembershipAsync(Guid id, string administrationId, string role, ClaimsPrincipal caller, PeopleService people, CancellationToken cancellationToken)
    {
        // The route's strings are bound here; whether the person holds the role is the service's to say.
        var errors = new FieldErrors();
        if (InputIds.Problem(administrationId, "the administration's id") is { } problem)
        {
            errors.Add("administrationId", problem);
        }

        if (!Roles.TryParse(role, out var parsed))
        {
            errors.Add("role", PeopleMessages.UnknownRole.With(("role", InputErrors.Shortened(role)), ("roles", string.Join(", ", Roles.Names))));
        }

        if (!errors.IsEmpty)
        {
            return errors.ToProblem();
        }

        await people.RemoveMembershipAsync(caller.PersonId(), new Membership(id, administrationId, parsed), cancellationToken);
        return TypedResults.NoContent();
    }

    private static PersonResponse ToResponse(PersonSummary summary) =>
        new(summary.Person.Id, summary.Person.Name, summary.Person.Email, summary.Person.Culture, summary.Person.Active,
            [.. summary.Memberships.Select(m => new MembershipBody(m.AdministrationId, m.Role))],
            summary.CanReceiveEmail, summary.EmailRefused?.RefusedAt, summary.EmailRefused?.Reason);
}
