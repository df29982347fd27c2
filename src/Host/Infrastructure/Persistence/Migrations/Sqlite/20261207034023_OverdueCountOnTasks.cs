using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LabFlow.Host.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OverdueCountOnTasks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AdministrationId",
                table: "Tasks",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DefinitionId",
                table: "Tasks",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            // Tasks written before the columns carry their lab's administration and flow too (before the index is built).
            migrationBuilder.Sql(LabFlow.Host.Infrastructure.Persistence.Domain.Tasks.TaskLabBackfill.Sql);

            migrationBuilder.CreateIndex(
                name: "IX_Tasks_IsOpen_Due_DefinitionId_AdministrationId",
                table: "Tasks",
                columns: new[] { "IsOpen", "Due", "DefinitionId", "AdministrationId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Tasks_IsOpen_Due_DefinitionId_AdministrationId",
                table: "Tasks");

            migrationBuilder.DropColumn(
                name: "AdministrationId",
                table: "Tasks");

            migrationBuilder.DropColumn(
                name: "DefinitionId",
                table: "Tasks");
        }
    }
}
