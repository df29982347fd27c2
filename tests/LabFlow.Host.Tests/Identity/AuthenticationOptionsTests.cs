using LabFlow.Host.Tests.Scheduling;
using Microsoft.Extensions.Options;

namespace LabFlow.Host.Tests.Identity;

/// <summary>
/// A wrong sign-in setting stops start-up with a message that names it. (The process itself logs the message and
/// exits before touching the database: HostStartupTests; in-process hosts see the validation exception.)
/// </summary>
public sealed class AuthenticationOptionsTests
{
    [Fact]
    public async Task Start_FailsNamingClientId_WhenSingleSignOnHasAnAuthorityButNoClientId()
    {
        await using var app = new LabFlowTestApp(new Dictionary<string, string?> { ["LabFlow:Authentication:Oidc:Authority"] = "https://login.test.example" });

        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => app.App.StartAsync());

        Assert.Contains("LabFlow:Authentication:Oidc:ClientId is missing; set it to the client id the provider gave LabFlow.", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_FailsNamingTheSetting_WhenTheCredentialLimitIsZero()
    {
        await using var app = new LabFlowTestApp(new Dictionary<string, string?> { ["LabFlow:Authentication:CredentialPermitLimit"] = "0" });

        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => app.App.StartAsync());

        Assert.Equal(["LabFlow:Authentication:CredentialPermitLimit must be between 1 and 100000 (default 20)."], exception.Failures);
    }
}
