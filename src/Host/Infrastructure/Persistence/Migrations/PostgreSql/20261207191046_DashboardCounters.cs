using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LabFlow.Host.Infrastructure.Persistence.Migrations.PostgreSql
{
    /// <summary>
    /// The project dashboard's counts kept by triggers (issue 17): two count tables, the triggers on Labs and Tasks
    /// that keep them, and their first counts from the rows already there. Hand-written SQL, one text per provider
    /// (<c>DashboardCounterSql</c>); EF Core's model does not hold the tables (only the dashboard store's plain
    /// commands read them). Keep this body if the migration is regenerated; a later migration that rebuilds Labs or
    /// Tasks on SQLite drops their triggers and must create them again (the counter tests fail otherwise).
    /// </summary>
    public partial class DashboardCounters : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(Domain.Dashboard.DashboardCounterSql.PostgreSqlUp);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(Domain.Dashboard.DashboardCounterSql.PostgreSqlDown);
    }
}
