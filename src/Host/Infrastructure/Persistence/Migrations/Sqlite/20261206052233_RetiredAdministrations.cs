using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LabFlow.Host.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RetiredAdministrations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "RetiredAt",
                table: "Administrations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.UpdateData(
                table: "Administrations",
                keyColumn: "Id",
                keyValue: "arbetsmarknad-och-vuxenutbildningsforvaltningen",
                column: "RetiredAt",
                value: null);

            migrationBuilder.UpdateData(
                table: "Administrations",
                keyColumn: "Id",
                keyValue: "forskoleforvaltningen",
                column: "RetiredAt",
                value: null);

            migrationBuilder.UpdateData(
                table: "Administrations",
                keyColumn: "Id",
                keyValue: "grundskoleforvaltningen",
                column: "RetiredAt",
                value: null);

            migrationBuilder.UpdateData(
                table: "Administrations",
                keyColumn: "Id",
                keyValue: "stadsbyggnadskontoret",
                column: "RetiredAt",
                value: null);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "RetiredAt",
                table: "Administrations");
        }
    }
}
