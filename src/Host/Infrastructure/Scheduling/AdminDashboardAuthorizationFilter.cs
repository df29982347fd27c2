using Hangfire.Dashboard;

namespace LabFlow.Host.Infrastructure.Scheduling;

/// <summary>
/// Lets only signed-in administrators into the Hangfire dashboard: it shows job arguments and can delete or
/// trigger jobs. Hangfire answers 401 to an anonymous request and 403 to a signed-in user who is not an Admin.
/// </summary>
internal sealed class AdminDashboardAuthorizationFilter : IDashboardAsyncAuthorizationFilter
{
    /// <summary>The role that may open the dashboard.</summary>
    public const string AdminRole = "Admin";

    public Task<bool> AuthorizeAsync(DashboardContext context)
    {
        var user = context.GetHttpContext().User;
        return Task.FromResult(user.Identity?.IsAuthenticated == true && user.IsInRole(AdminRole));
    }
}
