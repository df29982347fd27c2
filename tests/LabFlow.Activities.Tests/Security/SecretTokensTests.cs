using LabFlow.Activities.Security;
using LabFlow.Activities.Surveys;

namespace LabFlow.Activities.Tests.Security;

/// <summary>The one secret and hash that survey links and personal access tokens share.</summary>
public sealed class SecretTokensTests
{
    [Fact]
    public void Hash_IsTheLowerCaseHexSha256OfTheUtf8Bytes_WhenGivenAKnownText()
    {
        // Act
        var hash = SecretTokens.Hash("abc");

        // Assert: the SHA-256 test vector of FIPS 180-2.
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", hash);
    }

    [Fact]
    public void New_MakesDifferentWellFormedSecrets_WhenCalledTwice()
    {
        // Act
        var first = SecretTokens.New();
        var second = SecretTokens.New();

        // Assert
        Assert.NotEqual(first, second);
        Assert.True(SurveyLinkTokens.IsWellFormed(first));
        Assert.Equal(SecretTokens.Length, second.Length);
    }
}
