using LabFlow.Activities.Organisation;
using Microsoft.AspNetCore.Authorization;

namespace LabFlow.Host.Authorization;

/// <summary>
/// The API's authorization policies by what the caller does, so an endpoint names its purpose rather than a list
/// of roles. Administration scoping (own versus other administration) is checked per resource in the endpoints.
/// </summary>
internal static class LabFlowPolicies
{
    /// <summary>Edit, validate, publish, retract and import flows.</summary>
    public const string DesignFlows = "DesignFlows";

    /// <summary>Read published flows (to launch labs from them, or to look at them).</summary>
    public const string ReadFlows = "ReadFlows";

    /// <summary>Launch and manage labs of one's administrations.</summary>
    public const string ManageLabs = "ManageLabs";

    /// <summary>Administer people, memberships and the scheduler dashboard.</summary>
    public const string Administer = "Administer";

    /// <summary>Any signed-in person (tasks are then filtered to their own and their roles').</summary>
    public const string SignedIn = "SignedIn";

    public static void Configure(AuthorizationOptions options)
    {
        options.AddPolicy(DesignFlows, p => p.RequireRole(RolesGranting(Permission.DesignFlows)));
        options.AddPolicy(ReadFlows, p => p.RequireRole(RolesGranting(Permission.ReadFlows)));
        options.AddPolicy(ManageLabs, p => p.RequireRole(RolesGranting(Permission.ManageLabs)));
        options.AddPolicy(Administer, p => p.RequireRole(RolesGranting(Permission.Administer)));
        options.AddPolicy(SignedIn, p => p.RequireAuthenticatedUser());
    }

    // A policy is the door's first, coarse check (does the caller hold any role that grants this anywhere); the
    // service then checks the administration. Both read the same role model.
    private static string[] RolesGranting(Permission permission) => [.. RoleModel.Granting(permission).Select(role => role.ToString())];
}
