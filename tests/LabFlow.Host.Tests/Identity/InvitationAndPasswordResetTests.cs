using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using LabFlow.Activities.Organisation;
using LabFlow.Host.Api.Account;
using LabFlow.Host.Authorization;
using LabFlow.Host.Infrastructure.Identity;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace LabFlow.Host.Tests.Identity;

/// <summary>Invitations and password resets by email over real SMTP: the link's token sets the password, once.</summary>
public sealed partial class InvitationAndPasswordResetTests(SmtpApiFactory factory) : IClassFixture<SmtpApiFactory>
{
    private static readonly TimeSpan EmailTimeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Invitation_LetsThePersonChooseAPasswordAndSignIn_WhenTheLinkIsUsed()
    {
        var admin = await factory.CreatePersonAsync("Alva Admin", organisationRoles: [LabFlowRoles.Admin]);
        using var adminClient = await factory.SignInAsync(admin.Email);

        using var invited = await adminClient.PostAsJsonAsync("/api/v1/account/invitations", new
        {
            email = "nora.ny@test.example",
            name = "Nora Ny",
            culture = "en",
            memberships = new[] { new { administrationId = "forskoleforvaltningen", role = "Coordinator" } },
        });
        Assert.Equal(HttpStatusCode.Created, invited.StatusCode);
        var personId = (await invited.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var email = await factory.WaitForEmailToAsync("nora.ny@test.example", EmailTimeout);
        Assert.Equal("You are invited to LabFlow", email.Subject);
        Assert.Contains("Alva Admin has invited you to LabFlow", email.TextBody, StringComparison.Ordinal);
        var (userId, token) = ReadLink(email, "accept-invitation");
        Assert.Equal(personId, userId);

        using var anonymous = factory.CreateAnonymousClient();
        using var beforeAccepting = await anonymous.PostAsJsonAsync("/api/v1/account/login", new { email = "nora.ny@test.example", password = "" });
        using var accepted = await anonymous.PostAsJsonAsync("/api/v1/account/accept-invitation", new { userId, token, password = "nora's own long passphrase" });
        using var again = await anonymous.PostAsJsonAsync("/api/v1/account/accept-invitation", new { userId, token, password = "someone else's passphrase" });
        using var signedIn = await factory.SignInAsync("nora.ny@test.example", "nora's own long passphrase");
        var me = await signedIn.GetFromJsonAsync<JsonElement>("/api/v1/account/me");

        Assert.Equal(HttpStatusCode.Unauthorized, beforeAccepting.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Equal(AccountPasswords.InvalidInvitationLink, (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("token")[0].GetString());
        Assert.Equal("Nora Ny", me.GetProperty("name").GetString());
        Assert.Equal("en", me.GetProperty("culture").GetString());
        Assert.Equal("forskoleforvaltningen", me.GetProperty("memberships")[0].GetProperty("administrationId").GetString());
    }

    [Fact]
    public async Task Invite_Returns400PerField_AndCreatesNoOne_WhenTheRequestIsWrong()
    {
        // Arrange
        var admin = await factory.CreatePersonAsync("Adam Admin", organisationRoles: [LabFlowRoles.Admin]);
        using var adminClient = await factory.SignInAsync(admin.Email);
        const string address = "anna.@test.example";

        // Act: the people service's rules (an address no email can be sent to, no name, an unknown administration, a
        // role that is not organisation-wide), and, apart, role names that are no role at all.
        using var response = await adminClient.PostAsJsonAsync("/api/v1/account/invitations", new
        {
            email = address,
            name = "",
            memberships = new[] { new { administrationId = "no-such-administration", role = "Coordinator" } },
            roles = new[] { "Facilitator" },
        });
        using var unknownRoles = await adminClient.PostAsJsonAsync("/api/v1/account/invitations", new
        {
            email = "boss@test.example",
            name = "Bo Boss",
            memberships = new[] { new { administrationId = LabFlowApiFactory.AdministrationId, role = "Boss" } },
            roles = new[] { "Chief" },
        });

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(["email", "memberships[0].administrationId", "name", "roles"], errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
        Assert.Equal("Skriv e-postadressen som namn@exempel.se.", errors.GetProperty("email")[0].GetString());
        Assert.Equal(HttpStatusCode.BadRequest, unknownRoles.StatusCode);
        var roleErrors = (await unknownRoles.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(["memberships[0].role", "roles[0]"], roleErrors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
        Assert.Contains("'Boss'", roleErrors.GetProperty("memberships[0].role")[0].GetString(), StringComparison.Ordinal);
        using var scope = factory.Services.CreateScope();
        var directory = scope.ServiceProvider.GetRequiredService<IDirectory>();
        Assert.Null(await directory.FindPersonByEmailAsync(address, CancellationToken.None));
        Assert.Null(await directory.FindPersonByEmailAsync("boss@test.example", CancellationToken.None));
    }

    [Fact]
    public async Task Invite_Returns403_WhenTheCallerIsNoAdministrator()
    {
        using var facilitator = await factory.CreateClientForRoleAsync(Role.Facilitator);

        using var response = await facilitator.PostAsJsonAsync("/api/v1/account/invitations", new { email = "x@test.example", name = "X" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task PasswordReset_SetsANewPasswordAndLiftsTheLockout_WhenTheEmailedLinkIsUsed()
    {
        var person = await factory.CreatePersonAsync("Greta Glomsk", [Role.Coordinator]);
        using var anonymous = factory.CreateAnonymousClient();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            using var failed = await anonymous.PostAsJsonAsync("/api/v1/account/login", new { email = person.Email, password = "forgotten password" });
        }

        using var requested = await anonymous.PostAsJsonAsync("/api/v1/account/forgot-password", new { email = person.Email });
        var email = await factory.WaitForEmailToAsync(person.Email, EmailTimeout);
        Assert.Equal("Välj ett nytt lösenord till LabFlow", email.Subject);
        var (userId, token) = ReadLink(email, "reset-password");
        using var reset = await anonymous.PostAsJsonAsync("/api/v1/account/reset-password", new { userId, token, password = "a brand new passphrase" });
        using var reused = await anonymous.PostAsJsonAsync("/api/v1/account/reset-password", new { userId, token, password = "yet another passphrase" });
        using var oldPassword = await anonymous.PostAsJsonAsync("/api/v1/account/login", new { email = person.Email, password = LabFlowApiFactory.Password });

        Assert.Equal(HttpStatusCode.Accepted, requested.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, reset.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, reused.StatusCode);
        Assert.Equal(AccountPasswords.InvalidResetLink, (await reused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("token")[0].GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, oldPassword.StatusCode);
        using var signedIn = await factory.SignInAsync(person.Email, "a brand new passphrase");
    }

    [Fact]
    public async Task ForgotPassword_AnswersTheSameAndSendsNothing_WhenTheEmailIsUnknownOrThePersonInactive()
    {
        var inactive = await factory.CreatePersonAsync("Ivar Inaktiv", [Role.Coordinator], active: false);
        using var anonymous = factory.CreateAnonymousClient();

        using var unknown = await anonymous.PostAsJsonAsync("/api/v1/account/forgot-password", new { email = "nobody.here@test.example" });
        using var inactiveResponse = await anonymous.PostAsJsonAsync("/api/v1/account/forgot-password", new { email = inactive.Email });
        var known = await factory.CreatePersonAsync("Kurt Känd", [Role.Coordinator]);
        using var knownResponse = await anonymous.PostAsJsonAsync("/api/v1/account/forgot-password", new { email = known.Email });
        await factory.WaitForEmailToAsync(known.Email, EmailTimeout);

        foreach (var response in new[] { unknown, inactiveResponse, knownResponse })
        {
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
            Assert.Equal(AccountPasswordApi.ResetRequested, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("message").GetString());
        }

        Assert.False(factory.HasEmailTo(inactive.Email));
        Assert.False(factory.HasEmailTo("nobody.here@test.example"));
    }

    [Fact]
    public async Task ResetPassword_Returns400NamingThePasswordRule_WhenTheNewPasswordIsTooShort()
    {
        var person = await factory.CreatePersonAsync("Kort Lösen", [Role.Coordinator]);
        using var anonymous = factory.CreateAnonymousClient();

        using var response = await anonymous.PostAsJsonAsync("/api/v1/account/reset-password", new { userId = person.Id, token = "whatever", password = "short" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Passwords must be at least 12 characters.", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("password")[0].GetString());
    }

    private static (Guid UserId, string Token) ReadLink(MimeMessage email, string page)
    {
        var match = Link().Match(email.TextBody ?? "");
        Assert.True(match.Success, email.TextBody);
        Assert.Equal(page, match.Groups["page"].Value);
        return (Guid.Parse(match.Groups["user"].Value), Uri.UnescapeDataString(match.Groups["token"].Value));
    }

    [GeneratedRegex(@"https://labflow\.test\.example/account/(?<page>[a-z-]+)\?user=(?<user>[0-9a-f-]{36})&token=(?<token>\S+)")]
    private static partial Regex Link();
}
