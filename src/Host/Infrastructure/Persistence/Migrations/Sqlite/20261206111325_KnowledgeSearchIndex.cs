using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace LabFlow.Host.Infrastructure.Persistence.Migrations.Sqlite;

/// <summary>
/// Written by hand, SQLite only, and no model change (so regenerating the model's migrations leaves it alone): the
/// knowledge bank's FTS5 index of Swedish stems (<see cref="Domain.Knowledge.SqliteKnowledgeSearch"/>), which EF Core
/// cannot model. <c>IF NOT EXISTS</c> because databases created before this migration already have the table (it was
/// created on first use then). PostgreSQL searches a generated column instead and needs nothing like it.
/// </summary>
[DbContext(typeof(SqliteLabFlowDbContext))]
[Migration("20261206111325_KnowledgeSearchIndex")]
internal sealed class KnowledgeSearchIndex : Migration
{
    /// <summary>The table, its columns and its tokenizer, as <see cref="Domain.Knowledge.SqliteKnowledgeSearch"/> reads and writes them.</summary>
    internal const string CreateSql =
        "CREATE VIRTUAL TABLE IF NOT EXISTS KnowledgeSearch USING fts5(EntryId UNINDEXED, Stems, tokenize = 'unicode61 remove_diacritics 0')";

    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(CreateSql);

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("DROP TABLE IF EXISTS KnowledgeSearch");
}
