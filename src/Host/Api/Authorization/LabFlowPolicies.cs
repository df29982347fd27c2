using Microsoft.AspNetCore.Authorization;

namespace LabFlow.Host.Api.Authorization;

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
        options.AddPolicy(DesignFlows, p => p.RequireRole(LabFlowRoles.Designer, LabFlowRoles.Admin));
        options.AddPolicy(ReadFlows, p => p.RequireRole(LabFlowRoles.Designer, LabFlowRoles.Facilitator, LabFlowRoles.Admin));
        options.AddPolicy(ManageLabs, p => p.RequireRole(LabFlowRoles.Facilitator, LabFlowRoles.Admin));
        options.AddPolicy(Administer, p => p.RequireRole(LabFlowRoles.Admin));
        options.AddPolicy(SignedIn, p => p.RequireAuthenticatedUser());
    }
}
