using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LabFlow.Host.Infrastructure.Persistence.Migrations.PostgreSql
{
    /// <summary>
    /// The email delivery's index with the filter EF Core writes for its reads (see SQLite's migration of the same name,
    /// which also puts the flow versions' JSON last; PostgreSQL keeps a large value out of the row, so its table stays).
    /// </summary>
    public partial class DueEmailsIndexAndFlowJsonLast : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Emails_NextAttemptAt",
                table: "Emails");

            migrationBuilder.CreateIndex(
                name: "IX_Emails_NextAttemptAt",
                table: "Emails",
                column: "NextAttemptAt",
                filter: "\"Status\" NOT IN ('Sent', 'Undeliverable')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Emails_NextAttemptAt",
                table: "Emails");

            migrationBuilder.CreateIndex(
                name: "IX_Emails_NextAttemptAt",
                table: "Emails",
                column: "NextAttemptAt",
                filter: "\"Status\" <> 'Sent'");
        }
    }
}
