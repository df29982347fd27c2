using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LabFlow.Host.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Notifications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "NotificationPreferences",
                columns: table => new
                {
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DailyDigest = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NotificationPreferences", x => x.PersonId);
                });

            migrationBuilder.CreateTable(
                name: "RetentionRuns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Period = table.Column<TimeSpan>(type: "TEXT", nullable: false),
                    Cutoff = table.Column<long>(type: "INTEGER", nullable: false),
                    LabIds = table.Column<string>(type: "TEXT", nullable: false),
                    TaskAnswersCleared = table.Column<int>(type: "INTEGER", nullable: false),
                    CommentsRemoved = table.Column<int>(type: "INTEGER", nullable: false),
                    PeopleRemoved = table.Column<int>(type: "INTEGER", nullable: false),
                    JournalEntriesRemoved = table.Column<int>(type: "INTEGER", nullable: false),
                    HistoryNotesCleared = table.Column<int>(type: "INTEGER", nullable: false),
                    StateValuesCleared = table.Column<int>(type: "INTEGER", nullable: false),
                    EmailsBlanked = table.Column<int>(type: "INTEGER", nullable: false),
                    IdeasCleared = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RetentionRuns", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_NotificationPreferences_DailyDigest",
                table: "NotificationPreferences",
                column: "DailyDigest",
                filter: "\"DailyDigest\"");

            migrationBuilder.CreateIndex(
                name: "IX_RetentionRuns_At",
                table: "RetentionRuns",
                column: "At");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "NotificationPreferences");

            migrationBuilder.DropTable(
                name: "RetentionRuns");
        }
    }
}
