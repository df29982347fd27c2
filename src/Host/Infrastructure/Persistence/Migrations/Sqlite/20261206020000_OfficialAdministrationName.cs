using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LabFlow.Host.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OfficialAdministrationName : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.UpdateData(
                table: "Administrations",
                keyColumn: "Id",
                keyValue: "arbetsmarknad-och-vuxenutbildningsforvaltningen",
                column: "Name",
                value: "Arbetsmarknads- och vuxenutbildningsförvaltningen");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.UpdateData(
                table: "Administrations",
                keyColumn: "Id",
                keyValue: "arbetsmarknad-och-vuxenutbildningsforvaltningen",
                column: "Name",
                value: "Arbetsmarknad och vuxenutbildningsförvaltningen");
        }
    }
}
