using Microsoft.AspNetCore.Identity;

namespace LabFlow.Host.Infrastructure.Identity;

/// <summary>
/// A sign-in account. Its <see cref="IdentityUser{TKey}.Id"/> is the person's id in the directory, so tasks, labs
/// and memberships refer to the same Guid; the person (name, language, active) stays the directory's, never copied here.
/// The user name is the email address.
/// </summary>
internal sealed class LabFlowUser : IdentityUser<Guid>
{
    public LabFlowUser()
    {
    }

    public LabFlowUser(Guid personId, string email)
    {
        Id = personId;
        UserName = email;
        Email = email;
        SecurityStamp = Guid.NewGuid().ToString("N");
    }
}
