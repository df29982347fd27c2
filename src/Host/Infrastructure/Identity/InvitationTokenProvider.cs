using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace LabFlow.Host.Infrastructure.Identity;

/// <summary>
/// Invitation tokens: like password-reset tokens (bound to the security stamp, so setting the password spends
/// them), but valid for <see cref="LabFlowAuthenticationOptions.InvitationLifetime"/>.
/// </summary>
internal sealed class InvitationTokenProvider(
    IDataProtectionProvider dataProtectionProvider,
    IOptions<InvitationTokenProviderOptions> options,
    ILogger<DataProtectorTokenProvider<LabFlowUser>> logger)
    : DataProtectorTokenProvider<LabFlowUser>(dataProtectionProvider, options, logger)
{
    public const string ProviderName = "LabFlowInvitation";

    public const string Purpose = "AcceptInvitation";
}
