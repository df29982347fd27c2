using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LabFlow.Host.Infrastructure.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class Register : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "SensitiveReads",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "Answers");

            migrationBuilder.CreateTable(
                name: "Attendance",
                columns: table => new
                {
                    LabId = table.Column<Guid>(type: "uuid", nullable: false),
                    ActivityId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ParticipantId = table.Column<Guid>(type: "uuid", nullable: false),
                    IsGuest = table.Column<bool>(type: "boolean", nullable: false),
                    Present = table.Column<bool>(type: "boolean", nullable: false),
                    Hours = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    RecordedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Attendance", x => new { x.LabId, x.ActivityId, x.ParticipantId });
                });

            migrationBuilder.CreateTable(
                name: "ParticipantProfiles",
                columns: table => new
                {
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Sex = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    AdministrationId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Organisation = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ProfessionGroup = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    AnsweredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ParticipantProfiles", x => x.PersonId);
                });

            migrationBuilder.CreateTable(
                name: "RegisterGuests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    LabId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Organisation = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Email = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: true),
                    Sex = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    RegisteredBy = table.Column<Guid>(type: "uuid", nullable: false),
                    RegisteredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegisterGuests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "WorkshopSchedules",
                columns: table => new
                {
                    LabId = table.Column<Guid>(type: "uuid", nullable: false),
                    ActivityId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: true),
                    StartTime = table.Column<TimeOnly>(type: "time without time zone", nullable: true),
                    DurationMinutes = table.Column<int>(type: "integer", nullable: true),
                    Location = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    MeetingLink = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    ChangedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    ChangedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkshopSchedules", x => new { x.LabId, x.ActivityId });
                });

            migrationBuilder.InsertData(
                table: "Administrations",
                columns: new[] { "Id", "Name", "RetiredAt" },
                values: new object[] { "projektet", "Projektet Socialt innovationslabb", null });

            migrationBuilder.CreateIndex(
                name: "IX_Attendance_Date",
                table: "Attendance",
                column: "Date");

            migrationBuilder.CreateIndex(
                name: "IX_Attendance_ParticipantId",
                table: "Attendance",
                column: "ParticipantId");

            migrationBuilder.CreateIndex(
                name: "IX_RegisterGuests_LabId",
                table: "RegisterGuests",
                column: "LabId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Attendance");

            migrationBuilder.DropTable(
                name: "ParticipantProfiles");

            migrationBuilder.DropTable(
                name: "RegisterGuests");

            migrationBuilder.DropTable(
                name: "WorkshopSchedules");

            migrationBuilder.DeleteData(
                table: "Administrations",
                keyColumn: "Id",
                keyValue: "projektet");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "SensitiveReads");
        }
    }
}
