using LabFlow.Activities.Labs;
using LabFlow.Activities.Organisation;

namespace LabFlow.Activities.Feedback;

/// <summary>The project team's check for the inbox and the statistics: <see cref="Permission.DesignFlows"/>, which only organisation-wide roles grant (Designer, Admin).</summary>
internal static class FlowDesigners
{
    public static async Task<bool> CanDesignFlowsAsync(this LabAccess access, Guid personId, CancellationToken cancellationToken) =>
        (await access.OrganisationWideRolesAsync(personId, cancellationToken)).Any(role => RoleModel.Grants(role, Permission.DesignFlows));
}
