using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LabFlow.Host.Infrastructure.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class PeopleSortKeyAndScaleIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Tasks_AssigneeId",
                table: "Tasks");

            migrationBuilder.DropIndex(
                name: "IX_People_NormalizedEmail",
                table: "People");

            migrationBuilder.DropIndex(
                name: "IX_Labs_CreatedAt",
                table: "Labs");

            migrationBuilder.AddColumn<DateOnly>(
                name: "FollowUp",
                table: "Tasks",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SortKey",
                table: "People",
                type: "character varying(500)",
                maxLength: 500,
                nullable: false,
                defaultValue: "",
                collation: "C");

            migrationBuilder.CreateIndex(
                name: "IX_Tasks_ActivityId_Status",
                table: "Tasks",
                columns: new[] { "ActivityId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Tasks_AssigneeId_IsOpen_Due",
                table: "Tasks",
                columns: new[] { "AssigneeId", "IsOpen", "Due" });

            migrationBuilder.CreateIndex(
                name: "IX_Tasks_FollowUp",
                table: "Tasks",
                column: "FollowUp");

            migrationBuilder.CreateIndex(
                name: "IX_Tasks_IsOpen_Due",
                table: "Tasks",
                columns: new[] { "IsOpen", "Due" });

            migrationBuilder.CreateIndex(
                name: "IX_People_NormalizedEmail_Id",
                table: "People",
                columns: new[] { "NormalizedEmail", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_People_SortKey_Id",
                table: "People",
                columns: new[] { "SortKey", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Labs_CreatedAt_Id",
                table: "Labs",
                columns: new[] { "CreatedAt", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Tasks_ActivityId_Status",
                table: "Tasks");

            migrationBuilder.DropIndex(
                name: "IX_Tasks_AssigneeId_IsOpen_Due",
                table: "Tasks");

            migrationBuilder.DropIndex(
                name: "IX_Tasks_FollowUp",
                table: "Tasks");

            migrationBuilder.DropIndex(
                name: "IX_Tasks_IsOpen_Due",
                table: "Tasks");

            migrationBuilder.DropIndex(
                name: "IX_People_NormalizedEmail_Id",
                table: "People");

            migrationBuilder.DropIndex(
                name: "IX_People_SortKey_Id",
                table: "People");

            migrationBuilder.DropIndex(
                name: "IX_Labs_CreatedAt_Id",
                table: "Labs");

            migrationBuilder.DropColumn(
                name: "FollowUp",
                table: "Tasks");

            migrationBuilder.DropColumn(
                name: "SortKey",
                table: "People");

            migrationBuilder.CreateIndex(
                name: "IX_Tasks_AssigneeId",
                table: "Tasks",
                column: "AssigneeId");

            migrationBuilder.CreateIndex(
                name: "IX_People_NormalizedEmail",
                table: "People",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "IX_Labs_CreatedAt",
                table: "Labs",
                column: "CreatedAt");
        }
    }
}
