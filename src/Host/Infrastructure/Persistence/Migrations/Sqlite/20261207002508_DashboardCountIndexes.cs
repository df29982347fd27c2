using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LabFlow.Host.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DashboardCountIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Tasks_IsOpen_Due",
                table: "Tasks");

            migrationBuilder.CreateIndex(
                name: "IX_Tasks_IsOpen_Due_LabId",
                table: "Tasks",
                columns: new[] { "IsOpen", "Due", "LabId" });

            migrationBuilder.CreateIndex(
                name: "IX_Labs_DefinitionId_StartDate_AdministrationId",
                table: "Labs",
                columns: new[] { "DefinitionId", "StartDate", "AdministrationId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Tasks_IsOpen_Due_LabId",
                table: "Tasks");

            migrationBuilder.DropIndex(
                name: "IX_Labs_DefinitionId_StartDate_AdministrationId",
                table: "Labs");

            migrationBuilder.CreateIndex(
                name: "IX_Tasks_IsOpen_Due",
                table: "Tasks",
                columns: new[] { "IsOpen", "Due" });
        }
    }
}
