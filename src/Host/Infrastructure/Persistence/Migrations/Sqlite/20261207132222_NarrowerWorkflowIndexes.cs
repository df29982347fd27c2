using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LabFlow.Host.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class NarrowerWorkflowIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_WorkflowJournal_Timestamp",
                table: "WorkflowJournal");

            migrationBuilder.DropIndex(
                name: "IX_WorkflowInstances_CreatedAt",
                table: "WorkflowInstances");

            migrationBuilder.DropIndex(
                name: "IX_WorkflowInstances_DefinitionId_DefinitionVersion",
                table: "WorkflowInstances");

            migrationBuilder.DropIndex(
                name: "IX_Bookmarks_Kind_DueAt",
                table: "Bookmarks");

            migrationBuilder.DropIndex(
                name: "IX_Bookmarks_Kind_Key",
                table: "Bookmarks");

            migrationBuilder.CreateIndex(
                name: "IX_WorkflowInstances_DefinitionId_CreatedAt",
                table: "WorkflowInstances",
                columns: new[] { "DefinitionId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Bookmarks_Kind_DueAt",
                table: "Bookmarks",
                columns: new[] { "Kind", "DueAt" },
                filter: "\"ConsumedAt\" IS NULL AND \"DueAt\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Bookmarks_Kind_Key",
                table: "Bookmarks",
                columns: new[] { "Kind", "Key" },
                filter: "\"ConsumedAt\" IS NULL AND \"Key\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_WorkflowInstances_DefinitionId_CreatedAt",
                table: "WorkflowInstances");

            migrationBuilder.DropIndex(
                name: "IX_Bookmarks_Kind_DueAt",
                table: "Bookmarks");

            migrationBuilder.DropIndex(
                name: "IX_Bookmarks_Kind_Key",
                table: "Bookmarks");

            migrationBuilder.CreateIndex(
                name: "IX_WorkflowJournal_Timestamp",
                table: "WorkflowJournal",
                column: "Timestamp");

            migrationBuilder.CreateIndex(
                name: "IX_WorkflowInstances_CreatedAt",
                table: "WorkflowInstances",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_WorkflowInstances_DefinitionId_DefinitionVersion",
                table: "WorkflowInstances",
                columns: new[] { "DefinitionId", "DefinitionVersion" });

            migrationBuilder.CreateIndex(
                name: "IX_Bookmarks_Kind_DueAt",
                table: "Bookmarks",
                columns: new[] { "Kind", "DueAt" },
                filter: "\"ConsumedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Bookmarks_Kind_Key",
                table: "Bookmarks",
                columns: new[] { "Kind", "Key" },
                filter: "\"ConsumedAt\" IS NULL");
        }
    }
}
