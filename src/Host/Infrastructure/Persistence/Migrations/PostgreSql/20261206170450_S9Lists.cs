using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LabFlow.Host.Infrastructure.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class S9Lists : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_People_NormalizedEmail",
                table: "People");

            migrationBuilder.AddColumn<string>(
                name: "SortKey",
                table: "People",
                type: "character varying(500)",
                maxLength: 500,
                nullable: false,
                defaultValue: "",
                collation: "C");

            migrationBuilder.CreateIndex(
                name: "IX_People_NormalizedEmail_Id",
                table: "People",
                columns: new[] { "NormalizedEmail", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_People_SortKey_Id",
                table: "People",
                columns: new[] { "SortKey", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_People_NormalizedEmail_Id",
                table: "People");

            migrationBuilder.DropIndex(
                name: "IX_People_SortKey_Id",
                table: "People");

            migrationBuilder.DropColumn(
                name: "SortKey",
                table: "People");

            migrationBuilder.CreateIndex(
                name: "IX_People_NormalizedEmail",
                table: "People",
                column: "NormalizedEmail");
        }
    }
}
