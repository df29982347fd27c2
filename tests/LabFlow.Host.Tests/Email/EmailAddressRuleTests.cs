using LabFlow.Activities.Organisation;
using MimeKit;

namespace LabFlow.Host.Tests.Email;

/// <summary>The address rule agrees with MimeKit, which builds every email LabFlow sends: what it accepts can be sent to.</summary>
public sealed class EmailAddressRuleTests
{
    [Theory]
    [InlineData("anna.svensson@goteborg.se", true)]
    [InlineData("a@b.se", true)]
    [InlineData("anna+lab@goteborg.se", true)]
    [InlineData("anna.@goteborg.se", false)]
    [InlineData(".anna@goteborg.se", false)]
    [InlineData("anna..svensson@goteborg.se", false)]
    [InlineData("\"anna svensson\"@goteborg.se", false)]
    [InlineData("Anna <anna@goteborg.se>", false)]
    [InlineData("anna@", false)]
    [InlineData("not an address", false)]
    public void IsValid_AcceptsOnlyWhatMimeKitCanAddressAMailTo(string address, bool valid)
    {
        // Act
        var accepted = EmailAddressRule.IsValid(address);

        // Assert
        Assert.Equal(valid, accepted);
        if (accepted)
        {
            Assert.True(MailboxAddress.TryParse(address, out var mailbox));
            Assert.Equal(address, mailbox.Address);
        }
    }
}
