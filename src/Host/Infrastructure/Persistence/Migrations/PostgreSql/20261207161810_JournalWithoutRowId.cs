using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LabFlow.Host.Infrastructure.Persistence.Migrations.PostgreSql
{
    /// <summary>
    /// Nothing on PostgreSQL: the migration of the same name rebuilds SQLite's journal as a <c>WITHOUT ROWID</c> table
    /// (issue 17); PostgreSQL's heap and primary key index stay as they are. Kept so both providers' histories match.
    /// </summary>
    public partial class JournalWithoutRowId : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
