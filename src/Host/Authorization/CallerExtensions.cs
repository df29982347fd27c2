using System.Security.Claims;
using LabFlow.Workflows.Execution;

namespace LabFlow.Host.Authorization;

/// <summary>The signed-in caller as the lab domain knows them: a person id (the user id is the person id).</summary>
internal static class CallerExtensions
{
    /// <exception cref="WorkflowException">The principal carries no person id (an authentication set-up error).</exception>
    public static Guid PersonId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id)
            ? id
            : throw new WorkflowException("forbidden", "The signed-in account is not linked to a person in LabFlow's directory; ask an administrator.");
}
