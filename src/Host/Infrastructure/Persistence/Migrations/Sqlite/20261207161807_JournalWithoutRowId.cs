using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LabFlow.Host.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <summary>
    /// Rebuilds SQLite's journal as a <c>WITHOUT ROWID</c> table: one B-tree ordered by its key (lab, sequence) instead
    /// of a rowid table and a key index beside it, so every journal row a burst inserts is written once, not twice
    /// (issue 17: pages per burst). Every read of the journal is a lab's, by the key's prefix, as before; a row is about
    /// a hundred bytes, well under the size where a <c>WITHOUT ROWID</c> row spills to overflow pages. EF Core's model
    /// cannot say <c>WITHOUT ROWID</c>, hence hand-written SQL; a later migration that rebuilds this table must keep
    /// it (<c>SqliteJournalWithoutRowIdMigrationTests</c> fails otherwise). Keep this body if the migration is
    /// regenerated. PostgreSQL's migration of the same name changes nothing.
    /// </summary>
    public partial class JournalWithoutRowId : Migration
    {
        private const string Columns = "\"InstanceId\", \"Sequence\", \"Timestamp\", \"Event\", \"Actor\", \"ActivityId\", \"Outcome\", \"Message\", \"Data\"";

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => Rebuild(migrationBuilder, withoutRowId: true);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => Rebuild(migrationBuilder, withoutRowId: false);

        /// <summary>SQLite's own way to change a table's kind: a new table, the rows copied in key order, the old one dropped.</summary>
        private static void Rebuild(MigrationBuilder migrationBuilder, bool withoutRowId)
        {
            migrationBuilder.Sql($"""
                CREATE TABLE "WorkflowJournal_Rebuilt" (
                    "InstanceId" TEXT NOT NULL,
                    "Sequence" INTEGER NOT NULL,
                    "Timestamp" INTEGER NOT NULL,
                    "Event" TEXT NOT NULL,
                    "Actor" TEXT NOT NULL,
                    "ActivityId" TEXT NULL,
                    "Outcome" TEXT NULL,
                    "Message" TEXT NULL,
                    "Data" TEXT NULL,
                    CONSTRAINT "PK_WorkflowJournal" PRIMARY KEY ("InstanceId", "Sequence")
                ){(withoutRowId ? " WITHOUT ROWID" : string.Empty)};
                """);

            // In key order, so the new B-tree is filled from left to right.
            migrationBuilder.Sql($"""
                INSERT INTO "WorkflowJournal_Rebuilt" ({Columns})
                SELECT {Columns} FROM "WorkflowJournal" ORDER BY "InstanceId", "Sequence";
                """);
            migrationBuilder.Sql("DROP TABLE \"WorkflowJournal\";");
            migrationBuilder.Sql("ALTER TABLE \"WorkflowJournal_Rebuilt\" RENAME TO \"WorkflowJournal\";");
        }
    }
}
