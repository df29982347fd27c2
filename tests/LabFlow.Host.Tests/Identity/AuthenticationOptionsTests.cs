using Microsoft.Extensions.Options;

namespace LabFlow.Host.Tests.Identity;

/// <summary>A wrong sign-in setting stops start-up with a message that names it.</summary>
public sealed class AuthenticationOptionsTests
{
    [Fact]
    public void Start_FailsNamingClientId_WhenSingleSignOnHasAnAuthorityButNoClientId()
    {
        using var factory = new Factory(new Dictionary<string, string?> { ["LabFlow:Authentication:Oidc:Authority"] = "https://login.test.example" });

        var exception = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains("LabFlow:Authentication:Oidc:ClientId is missing; set it to the client id the provider gave LabFlow.", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_FailsNamingTheSetting_WhenTheCredentialLimitIsZero()
    {
        using var factory = new Factory(new Dictionary<string, string?> { ["LabFlow:Authentication:CredentialPermitLimit"] = "0" });

        var exception = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains("CredentialPermitLimit", exception.Message, StringComparison.Ordinal);
    }

    private sealed class Factory(IDictionary<string, string?> settings) : LabFlowApiFactory(settings);
}
