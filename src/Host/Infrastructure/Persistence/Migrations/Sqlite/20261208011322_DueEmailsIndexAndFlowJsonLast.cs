using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LabFlow.Host.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <summary>
    /// Two changes for the pages a task completion reads (issue 17 session 20). The email delivery's index gets the
    /// filter EF Core writes for its reads (<c>"Status" NOT IN ('Sent', 'Undeliverable')</c>): SQLite uses a partial
    /// index only when the query holds its filter's term, so every claim scanned the whole email table. And the flow
    /// versions' table is rebuilt with its JSON as the last column: SQLite stores a row's columns in the table's order,
    /// so reading the small columns after a large flow's JSON (every burst does) read every overflow page of that JSON.
    /// The rebuild is hand-written SQL (EF Core's model has no column order to change); the model declares the JSON
    /// last, so a later rebuild by EF Core keeps it last (<c>SqliteDueEmailsIndexAndFlowJsonLastMigrationTests</c>
    /// fails otherwise). Keep this body if the migration is regenerated. PostgreSQL's migration of the same name
    /// changes the index only: it keeps a large value out of the row (TOAST) and proves either filter from the query.
    /// </summary>
    public partial class DueEmailsIndexAndFlowJsonLast : Migration
    {
        private const string SmallColumns = "\"DefinitionId\", \"Version\", \"PublishedAt\", \"IsRetracted\", \"Source\", \"ContentHash\"";

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

            RebuildFlowVersions(migrationBuilder, jsonLast: true);
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

            RebuildFlowVersions(migrationBuilder, jsonLast: false);
        }

        /// <summary>SQLite's own way to reorder a table's columns: a new table, the rows copied in key order, the old one dropped.</summary>
        private static void RebuildFlowVersions(MigrationBuilder migrationBuilder, bool jsonLast)
        {
            var columns = jsonLast ? $"{SmallColumns}, \"Json\"" : "\"DefinitionId\", \"Version\", \"Json\", \"PublishedAt\", \"IsRetracted\", \"Source\", \"ContentHash\"";
            var json = "\"Json\" TEXT NOT NULL,";
            migrationBuilder.Sql($"""
                CREATE TABLE "WorkflowDefinitionVersions_Rebuilt" (
                    "DefinitionId" TEXT NOT NULL,
                    "Version" INTEGER NOT NULL,
                    {(jsonLast ? string.Empty : json)}
                    "PublishedAt" INTEGER NOT NULL,
                    "IsRetracted" INTEGER NOT NULL,
                    "Source" TEXT NULL,
                    "ContentHash" TEXT NULL,
                    {(jsonLast ? json : string.Empty)}
                    CONSTRAINT "PK_WorkflowDefinitionVersions" PRIMARY KEY ("DefinitionId", "Version")
                );
                """);
            migrationBuilder.Sql($"""
                INSERT INTO "WorkflowDefinitionVersions_Rebuilt" ({columns})
                SELECT {columns} FROM "WorkflowDefinitionVersions" ORDER BY "DefinitionId", "Version";
                """);
            migrationBuilder.Sql("DROP TABLE \"WorkflowDefinitionVersions\";");
            migrationBuilder.Sql("ALTER TABLE \"WorkflowDefinitionVersions_Rebuilt\" RENAME TO \"WorkflowDefinitionVersions\";");
        }
    }
}
