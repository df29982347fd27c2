using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LabFlow.Activities.Email;
using LabFlow.Activities.Organisation;
using LabFlow.Host.Tests.Email;
using Microsoft.Extensions.DependencyInjection;

namespace LabFlow.Host.Tests.ApiResources;

/// <summary>/api/v1/people: administrators keep the directory; deactivating a person hands their work on.</summary>
public sealed class PeopleApiTests(ApiResourcesFactory factory) : IClassFixture<ApiResourcesFactory>
{
    [Fact]
    public async Task Deactivate_ReassignsOpenTasksToTheNamedPerson_AndStopsSignIn()
    {
        await factory.PublishAsync(ApiFlows.Story);
        var (_, admin) = await factory.CreateSignedInAsync("Ada Admin", ApiResourcesFactory.Own, Role.Admin);
        var (facilitatorPerson, facilitator) = await factory.CreateSignedInAsync("Fred Facilitator", ApiResourcesFactory.Own, Role.Facilitator);
        var leaving = await factory.CreateMemberAsync("Lena Leaving", ApiResourcesFactory.Own, Role.Coordinator);
        var successor = await factory.CreateMemberAsync("Sune Successor", ApiResourcesFactory.Own, Role.Coordinator);
        using var leavingClient = await factory.SignInAsync(leaving.Email);
        using var launched = await facilitator.PostAsync("/api/v1/labs", ApiResourcesFactory.Json(new
        {
            definitionId = "api-story",
            title = "Avslutslabb",
            administrationId = ApiResourcesFactory.Own,
            challenge = "Hur kan vi lämna över?",
            startDate = "2030-03-04",
            people = new object[] { new { personId = facilitatorPerson.Id, role = "Facilitator" }, new { personId = leaving.Id, role = "Coordinator" } },
        }));
        Assert.Equal(HttpStatusCode.Created, launched.StatusCode);
        var task = Assert.Single((await leavingClient.GetFromJsonAsync<JsonElement>("/api/v1/tasks")).GetProperty("items").EnumerateArray());

        using var withoutSuccessor = await admin.PostAsync($"/api/v1/people/{leaving.Id}/deactivate", ApiResourcesFactory.Json("{}"));
        Assert.Equal(HttpStatusCode.BadRequest, withoutSuccessor.StatusCode);
        Assert.Equal(
            "Lena Leaving har 1 öppna uppgifter; ange den aktiva person som tar över dem.",
            (await ApiResourcesFactory.ReadJsonAsync(withoutSuccessor)).GetProperty("errors").GetProperty("reassignTasksTo")[0].GetString());

        using var deactivated = await admin.PostAsync($"/api/v1/people/{leaving.Id}/deactivate", ApiResourcesFactory.Json(new { reassignTasksTo = successor.Id, note = "Slutar" }));
        Assert.Equal(HttpStatusCode.OK, deactivated.StatusCode);
        var body = await ApiResourcesFactory.ReadJsonAsync(deactivated);
        Assert.Equal(1, body.GetProperty("tasksReassigned").GetInt32());
        Assert.False(body.GetProperty("person").GetProperty("active").GetBoolean());

        using var successorClient = await factory.SignInAsync(successor.Email);
        var moved = Assert.Single((await successorClient.GetFromJsonAsync<JsonElement>("/api/v1/tasks")).GetProperty("items").EnumerateArray());
        Assert.Equal(task.GetProperty("id").GetGuid(), moved.GetProperty("id").GetGuid());
        Assert.Equal(successor.Id, moved.GetProperty("assigneeId").GetGuid());

        using var anonymous = factory.CreateAnonymousClient();
        using var signIn = await anonymous.PostAsJsonAsync("/api/v1/account/login", new { email = leaving.Email, password = ApiResourcesFactory.Password });
        Assert.Equal(HttpStatusCode.Unauthorized, signIn.StatusCode);
    }

    [Fact]
    public async Task People_AreCreatedUpdatedAndGivenMemberships_ByAnAdministrator()
    {
        var (_, admin) = await factory.CreateSignedInAsync("Alva Admin", ApiResourcesFactory.Own, Role.Admin);

        using var created = await admin.PostAsync("/api/v1/people", ApiResourcesFactory.Json(new
        {
            name = "Nora Ny",
            email = "nora.ny@test.example",
            culture = "en",
            memberships = new[] { new { administrationId = ApiResourcesFactory.Own, role = "HR" } },
        }));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await ApiResourcesFactory.ReadJsonAsync(created)).GetProperty("id").GetGuid();

        using var duplicate = await admin.PostAsync("/api/v1/people", ApiResourcesFactory.Json(new { name = "Nora Igen", email = "NORA.NY@test.example", culture = "xx" }));
        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);
        var errors = (await ApiResourcesFactory.ReadJsonAsync(duplicate)).GetProperty("errors");
        Assert.Equal("Någon i LabFlow har redan e-postadressen NORA.NY@test.example.", errors.GetProperty("email")[0].GetString());
        Assert.Equal("Okänt språk 'xx'; välj svenska (\"sv\") eller engelska (\"en\").", errors.GetProperty("culture")[0].GetString());

        using var updated = await admin.PutAsync($"/api/v1/people/{id}", ApiResourcesFactory.Json(new { name = "Nora Nilsson", email = "nora.nilsson@test.example", culture = "sv" }));
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        using var added = await admin.PostAsync($"/api/v1/people/{id}/memberships", ApiResourcesFactory.Json(new { administrationId = ApiResourcesFactory.Other, role = "Sponsor" }));
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        using var removed = await admin.DeleteAsync($"/api/v1/people/{id}/memberships/{ApiResourcesFactory.Own}/HR");
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);

        var person = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/people/{id}");
        Assert.Equal("Nora Nilsson", person.GetProperty("name").GetString());
        Assert.Equal("nora.nilsson@test.example", person.GetProperty("email").GetString());
        Assert.Equal([$"{ApiResourcesFactory.Other}:Sponsor"], person.GetProperty("memberships").EnumerateArray().Select(m => $"{m.GetProperty("administrationId").GetString()}:{m.GetProperty("role").GetString()}"));
        var sponsors = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/people?administration={ApiResourcesFactory.Other}&role=Sponsor");
        Assert.Contains(sponsors.GetProperty("items").EnumerateArray(), p => p.GetProperty("id").GetGuid() == id);

        using var unknown = await admin.GetAsync($"/api/v1/people/{Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task RetryRefusedEmails_SendsThemAgainOnce_AndThePeopleListShowsTheRefusalUntilThen()
    {
        // Arrange: the mail server refused a reminder to the person's address (stored as refused, so the Host's
        // delivery loop leaves it alone until it is sent again).
        var (_, admin) = await factory.CreateSignedInAsync("Ada Admin", ApiResourcesFactory.Own, Role.Admin);
        var (_, facilitator) = await factory.CreateSignedInAsync("Fia Facilitator", ApiResourcesFactory.Own, Role.Facilitator);
        var token = Guid.NewGuid().ToString("N")[..8];
        var person = await factory.CreateMemberAsync($"Kim Nekad {token}", ApiResourcesFactory.Own, Role.Coordinator);
        var refusedAt = new DateTimeOffset(2026, 12, 3, 9, 15, 0, TimeSpan.Zero);
        var emailId = Guid.NewGuid();
        await factory.InScopeAsync(services => services.GetRequiredService<IEmailStore>().AddAsync(
            [PersonEmails.Refused(emailId, person, refusedAt)],
            CancellationToken.None));

        // Act
        var listed = Assert.Single((await admin.GetFromJsonAsync<JsonElement>($"/api/v1/people?search={token}")).GetProperty("items").EnumerateArray());
        using var notAdministrator = await facilitator.PostAsync($"/api/v1/people/{person.Id}/email/retry", null);
        using var unknown = await admin.PostAsync($"/api/v1/people/{Guid.NewGuid()}/email/retry", null);
        using var retried = await admin.PostAsync($"/api/v1/people/{person.Id}/email/retry", null);
        using var again = await admin.PostAsync($"/api/v1/people/{person.Id}/email/retry", null);
        var afterwards = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/people/{person.Id}");

        // Assert
        Assert.False(listed.GetProperty("canReceiveEmail").GetBoolean());
        Assert.Equal(refusedAt, listed.GetProperty("emailRefusedAt").GetDateTimeOffset());
        Assert.Equal("mailbox_unavailable", listed.GetProperty("emailRefusalReason").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, notAdministrator.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        var body = await ApiResourcesFactory.ReadJsonAsync(retried);
        Assert.True(body.GetProperty("canReceiveEmail").GetBoolean());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("emailRefusedAt").ValueKind);
        Assert.Equal(JsonValueKind.Null, body.GetProperty("emailRefusalReason").ValueKind);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var conflict = await ApiResourcesFactory.ReadJsonAsync(again);
        Assert.Equal("email_not_refused", conflict.GetProperty("code").GetString());
        Assert.StartsWith("E-postservern har inte nekat någon e-post till Kim Nekad", conflict.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.True(afterwards.GetProperty("canReceiveEmail").GetBoolean());
        var email = await factory.InScopeAsync(services => services.GetRequiredService<IEmailStore>().FindAsync(emailId, CancellationToken.None));
        Assert.Equal(person.Email, email!.RecipientAddress);
        Assert.NotEqual(EmailStatus.Undeliverable, email.Status);
    }

    [Fact]
    public async Task Create_SendsTheInvitationEmail_AsTheAdminPageDoes()
    {
        // Arrange
        var (_, admin) = await factory.CreateSignedInAsync("Ada Admin", ApiResourcesFactory.Own, Role.Admin);
        var email = $"ny.{Guid.NewGuid():N}@test.example";

        // Act
        using var created = await admin.PostAsync("/api/v1/people", ApiResourcesFactory.Json(new
        {
            name = "Nils Ny",
            email,
            culture = "en",
            memberships = new[] { new { administrationId = ApiResourcesFactory.Own, role = "Coordinator" } },
        }));

        // Assert
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await ApiResourcesFactory.ReadJsonAsync(created)).GetProperty("id").GetGuid();
        var emails = await factory.InScopeAsync(services => services.GetRequiredService<IEmailStore>().ListAsync(new EmailMessageQuery(), CancellationToken.None));
        var invitation = Assert.Single(emails, e => e.RecipientAddress == email);
        Assert.Equal(EmailTemplates.AccountInvitation, invitation.Template);
        Assert.Contains($"/account/accept-invitation?user={id}&token=", invitation.TextBody, StringComparison.Ordinal);
    }
}
