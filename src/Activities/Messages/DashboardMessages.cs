namespace LabFlow.Activities.Messages;

/// <summary>The refusals of the project dashboard (<see cref="Dashboard.ProjectDashboardService"/>).</summary>
public static class DashboardMessages
{
    public static readonly MessageText Forbidden = new(
        "dashboard.forbidden",
        "Projektets översikt är till för projektteamet och administratörer. Be en administratör om en roll i projektet om du behöver se den.",
        "The project dashboard is for the project team and administrators. Ask an administrator for a project role if you need to see it.");
}
