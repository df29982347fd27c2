using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LabFlow.Host.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class EmailUndeliverable : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "UndeliverableAt",
                table: "Emails",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "UndeliverableReason",
                table: "Emails",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Emails_RecipientPersonId",
                table: "Emails",
                column: "RecipientPersonId",
                filter: "\"Status\" = 'Undeliverable'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Emails_RecipientPersonId",
                table: "Emails");

            migrationBuilder.DropColumn(
                name: "UndeliverableAt",
                table: "Emails");

            migrationBuilder.DropColumn(
                name: "UndeliverableReason",
                table: "Emails");
        }
    }
}
