using LabFlow.Host.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;

namespace LabFlow.Host.Infrastructure.Identity;

/// <summary>
/// Ends a person's sessions when the directory takes rights from them (deactivation, a removed membership): a new
/// security stamp makes every cookie issued before fail its next request on every node (<see cref="SessionValidator"/>),
/// and open pages within <see cref="LabFlowAuthenticationOptions.CircuitRevalidationInterval"/>. The one place both
/// the API and the administration pages call.
/// </summary>
internal sealed class AccountSessions(UserManager<LabFlowUser> users, LabFlowDbContext db, SessionSnapshots snapshots)
{
    // The stamp update fails only when another update of the same account raced it; reloading and retrying wins.
    private const int MaxAttempts = 3;

    /// <summary>Ends every session of <paramref name="personId"/>; a person without an account has none.</summary>
    /// <exception cref="InvalidOperationException">The account kept changing under the update.</exception>
    public async Task EndAllAsync(Guid personId, CancellationToken cancellationToken)
    {
        IdentityResult? result = null;
        var user = await users.FindByIdAsync(personId.ToString());
        for (var attempt = 1; user is not null && attempt <= MaxAttempts; attempt++)
        {
            result = await users.UpdateSecurityStampAsync(user);
            if (result.Succeeded)
            {
                break;
            }

            // The account is tracked: read the row the racing update wrote, with its new concurrency stamp.
            await db.Entry(user).ReloadAsync(cancellationToken);
        }

        snapshots.Forget(personId);
        if (result is { Succeeded: false })
        {
            throw new InvalidOperationException(
                $"The sign-in sessions of person {personId} could not be ended: {string.Join(" ", result.Errors.Select(e => e.Description))} Make the change again.");
        }
    }
}
