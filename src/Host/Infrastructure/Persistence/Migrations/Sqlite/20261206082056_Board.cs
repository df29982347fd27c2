using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LabFlow.Host.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Board : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "IdeaCurations",
                columns: table => new
                {
                    IdeaId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CollectionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Theme = table.Column<string>(type: "TEXT", maxLength: 80, nullable: true),
                    MergedIntoId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IdeaCurations", x => x.IdeaId);
                });

            migrationBuilder.CreateTable(
                name: "IdeaRevisions",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    IdeaId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CollectionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Answers = table.Column<string>(type: "TEXT", nullable: false),
                    EditorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IdeaRevisions", x => x.Sequence);
                });

            migrationBuilder.CreateIndex(
                name: "IX_IdeaCurations_CollectionId",
                table: "IdeaCurations",
                column: "CollectionId");

            migrationBuilder.CreateIndex(
                name: "IX_IdeaRevisions_CollectionId_Sequence",
                table: "IdeaRevisions",
                columns: new[] { "CollectionId", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_IdeaRevisions_Id",
                table: "IdeaRevisions",
                column: "Id",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "IdeaCurations");

            migrationBuilder.DropTable(
                name: "IdeaRevisions");
        }
    }
}
