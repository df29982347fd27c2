namespace LabFlow.Activities.Messages;

/// <summary>The refusals of the project dashboard (<see cref="Dashboard.ProjectDashboardService"/>).</summary>
public static class DashboardMessages
{
    public static readonly MessageText Forbidden = new(
        "dashboard.forbidden",
        "Du kan inte se projektets översikt. Det kan projektteamet och administratörer (alla förvaltningar) samt processledare och samordnare (sin förvaltning); be en administratör om en sådan roll om du behöver den.",
        "You cannot see the project dashboard. The project team and administrators can (every administration), and facilitators and coordinators (their own administration); ask an administrator for such a role if you need it.");

    public static readonly MessageText MonthFormat = new(
        "dashboard.month_format",
        "Månaden '{month}' går inte att läsa. Skriv den som år och månad, till exempel 2027-03.",
        "The month '{month}' cannot be read. Write it as year and month, such as 2027-03.");
}
