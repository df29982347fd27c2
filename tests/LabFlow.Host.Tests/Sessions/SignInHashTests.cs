using System.Net;
using System.Net.Http.Json;
using LabFlow.Activities.Organisation;
using LabFlow.Host.Tests.Identity;

namespace LabFlow.Host.Tests.Sessions;

/// <summary>
/// Every refused sign-in verifies exactly one password hash, so none answers faster than a wrong password and the
/// answer time does not tell whether an account exists, is locked, is inactive or has no password yet.
/// </summary>
public sealed class SignInHashTests(HashCountingApiFactory factory) : IClassFixture<HashCountingApiFactory>
{
    public enum FailurePath
    {
        UnknownEmail,
        WrongPassword,
        LockedAccount,
        InactivePerson,
        NoPasswordYet,
    }

    [Theory]
    [InlineData(FailurePath.UnknownEmail)]
    [InlineData(FailurePath.WrongPassword)]
    [InlineData(FailurePath.LockedAccount)]
    [InlineData(FailurePath.InactivePerson)]
    [InlineData(FailurePath.NoPasswordYet)]
    public async Task Login_VerifiesOnePasswordHash_WhenItRefuses(FailurePath path)
    {
        var (email, password) = await ArrangeAsync(path);
        using var client = factory.CreateAnonymousClient();
        var before = factory.Verifications;

        using var response = await client.PostAsJsonAsync("/api/v1/account/login", new { email, password });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(1, factory.Verifications - before);
    }

    private async Task<(string Email, string Password)> ArrangeAsync(FailurePath path)
    {
        switch (path)
        {
            case FailurePath.UnknownEmail:
                return ($"nobody.{Guid.NewGuid():N}@test.example", LabFlowApiFactory.Password);
            case FailurePath.WrongPassword:
                return ((await factory.CreatePersonAsync("Wanda Wrong", [Role.Coordinator])).Email, "not the password at all");
            case FailurePath.LockedAccount:
                var locked = await factory.CreatePersonAsync("Lotta Locked", [Role.Coordinator]);
                using (var client = factory.CreateAnonymousClient())
                {
                    for (var attempt = 0; attempt < 5; attempt++)
                    {
                        using var failed = await client.PostAsJsonAsync("/api/v1/account/login", new { email = locked.Email, password = $"wrong password {attempt}" });
                    }
                }

                // The right password: refused because the account is locked.
                return (locked.Email, LabFlowApiFactory.Password);
            case FailurePath.InactivePerson:
                return ((await factory.CreatePersonAsync("Ivar Inactive", [Role.Coordinator], active: false)).Email, LabFlowApiFactory.Password);
            default:
                return ((await factory.CreatePersonAsync("Nils Newcomer", [Role.Coordinator], withPassword: false)).Email, LabFlowApiFactory.Password);
        }
    }
}
