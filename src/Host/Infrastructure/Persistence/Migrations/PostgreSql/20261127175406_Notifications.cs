using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LabFlow.Host.Infrastructure.Persistence.Migrations.PostgreSql
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
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    DailyDigest = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NotificationPreferences", x => x.PersonId);
                });

            migrationBuilder.CreateTable(
                name: "RetentionRuns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Period = table.Column<TimeSpan>(type: "interval", nullable: false),
                    Cutoff = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LabIds = table.Column<string>(type: "text", nullable: false),
                    TaskAnswersCleared = table.Column<int>(type: "integer", nullable: false),
                    CommentsRemoved = table.Column<int>(type: "integer", nullable: false),
                    PeopleRemoved = table.Column<int>(type: "integer", nullable: false),
                    JournalEntriesRemoved = table.Column<int>(type: "integer", nullable: false),
                    HistoryNotesCleared = table.Column<int>(type: "integer", nullable: false),
                    StateValuesCleared = table.Column<int>(type: "integer", nullable: false),
                    EmailsBlanked = table.Column<int>(type: "integer", nullable: false),
                    IdeasCleared = table.Column<int>(type: "integer", nullable: false)
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
