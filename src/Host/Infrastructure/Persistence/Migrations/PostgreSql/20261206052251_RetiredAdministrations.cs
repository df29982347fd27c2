using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LabFlow.Host.Infrastructure.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class RetiredAdministrations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "RetiredAt",
                table: "Administrations",
                type: "timestamp with time zone",
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
