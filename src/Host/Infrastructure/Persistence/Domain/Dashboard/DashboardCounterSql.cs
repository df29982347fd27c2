namespace LabFlow.Host.Infrastructure.Persistence.Domain.Dashboard;

/// <summary>
/// The project dashboard's two counts kept by the database (issue 17: counted per call they read every lab and every
/// overdue open task, 100,000 and 75,000 index entries at scale, 27 ms in PostgreSQL alone):
/// <list type="bullet">
/// <item><c>DashboardLabCounts (DefinitionId, StartDate, AdministrationId, Labs)</c>: every lab, cancelled ones too
/// (the figures subtract those from the instances' status index, as before).</item>
/// <item><c>DashboardOpenTaskCounts (Due, DefinitionId, AdministrationId, Tasks)</c>: the open tasks with a due date and
/// a lab's flow and administration (the others are never overdue or never shown). Overdue today is the sum over the
/// days before today, so a task becomes overdue at midnight without a write.</item>
/// </list>
/// Triggers on <c>Labs</c> and <c>Tasks</c> keep them in the writing statement's transaction: every writer is covered
/// (the effect writers, ad-hoc tasks, bulk SQL, backfills) and a rollback takes the count back with the row. The
/// migration <c>DashboardCounters</c> creates them and fills them from the rows already there.
/// <para>
/// The providers differ in how a count row is written. SQLite has one writer at a time, so a trigger adds to the key's
/// one row (an upsert into a small <c>WITHOUT ROWID</c> table: a page the transaction writes anyway). On PostgreSQL an
/// upsert would lock the key's row until commit: every completion of one flow, administration and due day would wait
/// for the one before to commit, and two transactions touching two such rows in opposite orders would deadlock. So
/// PostgreSQL's triggers only append a +1 / −1 row (inserts never wait for each other), readers sum the rows, and
/// <see cref="CompactPostgreSql"/> folds them into one row per key when the reader sees many more rows than keys.
/// </para>
/// </summary>
internal static class DashboardCounterSql
{
    /// <summary>Read rows beyond which the reader compacts (PostgreSQL): twice the keys plus this many.</summary>
    public const int CompactionSlack = 1000;

    /// <summary>Folds PostgreSQL's count rows into one per key; one compaction at a time, a second caller returns at once.</summary>
    public const string CompactPostgreSql = """SELECT "CompactDashboardCounts"()""";

    private const string LabKey = "\"DefinitionId\", \"StartDate\", \"AdministrationId\"";
    private const string TaskKey = "\"Due\", \"DefinitionId\", \"AdministrationId\"";

    private const string Backfill = $"""
        INSERT INTO "DashboardLabCounts" ({LabKey}, "Labs")
        SELECT {LabKey}, COUNT(*) FROM "Labs" GROUP BY {LabKey};
        INSERT INTO "DashboardOpenTaskCounts" ({TaskKey}, "Tasks")
        SELECT {TaskKey}, COUNT(*) FROM "Tasks"
        WHERE "IsOpen" AND "Due" IS NOT NULL AND "DefinitionId" IS NOT NULL AND "AdministrationId" IS NOT NULL
        GROUP BY {TaskKey};
        """;

    /// <summary>SQLite: the tables, their triggers (upserts on the key's row), then the counts of the rows already there.</summary>
    public const string SqliteUp = $"""
        CREATE TABLE "DashboardLabCounts" (
            "DefinitionId" TEXT NOT NULL,
            "StartDate" TEXT NOT NULL,
            "AdministrationId" TEXT NOT NULL,
            "Labs" INTEGER NOT NULL,
            CONSTRAINT "PK_DashboardLabCounts" PRIMARY KEY ({LabKey})
        ) WITHOUT ROWID;
        CREATE TABLE "DashboardOpenTaskCounts" (
            "Due" TEXT NOT NULL,
            "DefinitionId" TEXT NOT NULL,
            "AdministrationId" TEXT NOT NULL,
            "Tasks" INTEGER NOT NULL,
            CONSTRAINT "PK_DashboardOpenTaskCounts" PRIMARY KEY ({TaskKey})
        ) WITHOUT ROWID;

        CREATE TRIGGER "Labs_DashboardCount_Insert" AFTER INSERT ON "Labs"
        BEGIN
            INSERT INTO "DashboardLabCounts" ({LabKey}, "Labs") VALUES (new."DefinitionId", new."StartDate", new."AdministrationId", 1)
            ON CONFLICT ({LabKey}) DO UPDATE SET "Labs" = "Labs" + 1;
        END;
        CREATE TRIGGER "Labs_DashboardCount_Delete" AFTER DELETE ON "Labs"
        BEGIN
            UPDATE "DashboardLabCounts" SET "Labs" = "Labs" - 1
            WHERE "DefinitionId" = old."DefinitionId" AND "StartDate" = old."StartDate" AND "AdministrationId" = old."AdministrationId";
        END;
        CREATE TRIGGER "Labs_DashboardCount_Update" AFTER UPDATE OF {LabKey} ON "Labs"
        WHEN old."DefinitionId" IS NOT new."DefinitionId" OR old."StartDate" IS NOT new."StartDate" OR old."AdministrationId" IS NOT new."AdministrationId"
        BEGIN
            UPDATE "DashboardLabCounts" SET "Labs" = "Labs" - 1
            WHERE "DefinitionId" = old."DefinitionId" AND "StartDate" = old."StartDate" AND "AdministrationId" = old."AdministrationId";
            INSERT INTO "DashboardLabCounts" ({LabKey}, "Labs") VALUES (new."DefinitionId", new."StartDate", new."AdministrationId", 1)
            ON CONFLICT ({LabKey}) DO UPDATE SET "Labs" = "Labs" + 1;
        END;

        CREATE TRIGGER "Tasks_DashboardCount_Insert" AFTER INSERT ON "Tasks"
        WHEN new."IsOpen" AND new."Due" IS NOT NULL AND new."DefinitionId" IS NOT NULL AND new."AdministrationId" IS NOT NULL
        BEGIN
            INSERT INTO "DashboardOpenTaskCounts" ({TaskKey}, "Tasks") VALUES (new."Due", new."DefinitionId", new."AdministrationId", 1)
            ON CONFLICT ({TaskKey}) DO UPDATE SET "Tasks" = "Tasks" + 1;
        END;
        CREATE TRIGGER "Tasks_DashboardCount_Delete" AFTER DELETE ON "Tasks"
        WHEN old."IsOpen" AND old."Due" IS NOT NULL AND old."DefinitionId" IS NOT NULL AND old."AdministrationId" IS NOT NULL
        BEGIN
            UPDATE "DashboardOpenTaskCounts" SET "Tasks" = "Tasks" - 1
            WHERE "Due" = old."Due" AND "DefinitionId" = old."DefinitionId" AND "AdministrationId" = old."AdministrationId";
        END;
        CREATE TRIGGER "Tasks_DashboardCount_Update" AFTER UPDATE OF "IsOpen", {TaskKey} ON "Tasks"
        WHEN old."IsOpen" IS NOT new."IsOpen" OR old."Due" IS NOT new."Due" OR old."DefinitionId" IS NOT new."DefinitionId"
            OR old."AdministrationId" IS NOT new."AdministrationId"
        BEGIN
            UPDATE "DashboardOpenTaskCounts" SET "Tasks" = "Tasks" - 1
            WHERE old."IsOpen" AND "Due" = old."Due" AND "DefinitionId" = old."DefinitionId" AND "AdministrationId" = old."AdministrationId";
            INSERT INTO "DashboardOpenTaskCounts" ({TaskKey}, "Tasks")
            SELECT new."Due", new."DefinitionId", new."AdministrationId", 1
            WHERE new."IsOpen" AND new."Due" IS NOT NULL AND new."DefinitionId" IS NOT NULL AND new."AdministrationId" IS NOT NULL
            ON CONFLICT ({TaskKey}) DO UPDATE SET "Tasks" = "Tasks" + 1;
        END;

        {Backfill}
        """;

    public const string SqliteDown = """
        DROP TRIGGER "Tasks_DashboardCount_Update";
        DROP TRIGGER "Tasks_DashboardCount_Delete";
        DROP TRIGGER "Tasks_DashboardCount_Insert";
        DROP TRIGGER "Labs_DashboardCount_Update";
        DROP TRIGGER "Labs_DashboardCount_Delete";
        DROP TRIGGER "Labs_DashboardCount_Insert";
        DROP TABLE "DashboardOpenTaskCounts";
        DROP TABLE "DashboardLabCounts";
        """;

    /// <summary>
    /// PostgreSQL: the tables (no key: a key's +1 and −1 rows sit side by side until compacted), the trigger functions
    /// that append them, the triggers, the compaction, then the counts of the rows already there. Creating a trigger
    /// locks its table against writes until the migration commits, so no write falls between the triggers and the backfill.
    /// </summary>
    public const string PostgreSqlUp = $$"""
        CREATE TABLE "DashboardLabCounts" (
            "DefinitionId" character varying(200) NOT NULL,
            "StartDate" date NOT NULL,
            "AdministrationId" character varying(200) NOT NULL,
            "Labs" bigint NOT NULL
        );
        CREATE TABLE "DashboardOpenTaskCounts" (
            "Due" date NOT NULL,
            "DefinitionId" character varying(200) NOT NULL,
            "AdministrationId" character varying(200) NOT NULL,
            "Tasks" bigint NOT NULL
        );

        CREATE FUNCTION "DashboardCountLab"() RETURNS trigger LANGUAGE plpgsql AS $body$
        BEGIN
            IF TG_OP <> 'INSERT' THEN
                INSERT INTO "DashboardLabCounts" ({{LabKey}}, "Labs") VALUES (OLD."DefinitionId", OLD."StartDate", OLD."AdministrationId", -1);
            END IF;
            IF TG_OP <> 'DELETE' THEN
                INSERT INTO "DashboardLabCounts" ({{LabKey}}, "Labs") VALUES (NEW."DefinitionId", NEW."StartDate", NEW."AdministrationId", 1);
            END IF;
            RETURN NULL;
        END
        $body$;
        CREATE TRIGGER "Labs_DashboardCount_Insert" AFTER INSERT ON "Labs" FOR EACH ROW EXECUTE FUNCTION "DashboardCountLab"();
        CREATE TRIGGER "Labs_DashboardCount_Delete" AFTER DELETE ON "Labs" FOR EACH ROW EXECUTE FUNCTION "DashboardCountLab"();
        CREATE TRIGGER "Labs_DashboardCount_Update" AFTER UPDATE OF {{LabKey}} ON "Labs" FOR EACH ROW
            WHEN ((OLD."DefinitionId", OLD."StartDate", OLD."AdministrationId") IS DISTINCT FROM (NEW."DefinitionId", NEW."StartDate", NEW."AdministrationId"))
            EXECUTE FUNCTION "DashboardCountLab"();

        CREATE FUNCTION "DashboardCountOpenTask"() RETURNS trigger LANGUAGE plpgsql AS $body$
        BEGIN
            IF TG_OP <> 'INSERT' THEN
                IF OLD."IsOpen" AND OLD."Due" IS NOT NULL AND OLD."DefinitionId" IS NOT NULL AND OLD."AdministrationId" IS NOT NULL THEN
                    INSERT INTO "DashboardOpenTaskCounts" ({{TaskKey}}, "Tasks") VALUES (OLD."Due", OLD."DefinitionId", OLD."AdministrationId", -1);
                END IF;
            END IF;
            IF TG_OP <> 'DELETE' THEN
                IF NEW."IsOpen" AND NEW."Due" IS NOT NULL AND NEW."DefinitionId" IS NOT NULL AND NEW."AdministrationId" IS NOT NULL THEN
                    INSERT INTO "DashboardOpenTaskCounts" ({{TaskKey}}, "Tasks") VALUES (NEW."Due", NEW."DefinitionId", NEW."AdministrationId", 1);
                END IF;
            END IF;
            RETURN NULL;
        END
        $body$;
        CREATE TRIGGER "Tasks_DashboardCount_Insert" AFTER INSERT ON "Tasks" FOR EACH ROW
            WHEN (NEW."IsOpen" AND NEW."Due" IS NOT NULL AND NEW."DefinitionId" IS NOT NULL AND NEW."AdministrationId" IS NOT NULL)
            EXECUTE FUNCTION "DashboardCountOpenTask"();
        CREATE TRIGGER "Tasks_DashboardCount_Delete" AFTER DELETE ON "Tasks" FOR EACH ROW
            WHEN (OLD."IsOpen" AND OLD."Due" IS NOT NULL AND OLD."DefinitionId" IS NOT NULL AND OLD."AdministrationId" IS NOT NULL)
            EXECUTE FUNCTION "DashboardCountOpenTask"();
        CREATE TRIGGER "Tasks_DashboardCount_Update" AFTER UPDATE OF "IsOpen", {{TaskKey}} ON "Tasks" FOR EACH ROW
            WHEN ((OLD."IsOpen", OLD."Due", OLD."DefinitionId", OLD."AdministrationId") IS DISTINCT FROM (NEW."IsOpen", NEW."Due", NEW."DefinitionId", NEW."AdministrationId"))
            EXECUTE FUNCTION "DashboardCountOpenTask"();

        -- A key's rows are deleted and their sum inserted in one statement: rows appended meanwhile by transactions not
        -- yet committed are not in this statement's snapshot, so they stay. The advisory lock lets one compaction run
        -- at a time (a second would wait on the first one's deleted rows and then sum nothing).
        CREATE FUNCTION "CompactDashboardCounts"() RETURNS void LANGUAGE plpgsql AS $body$
        BEGIN
            IF pg_try_advisory_xact_lock(hashtext('DashboardCounters')) THEN
                WITH moved AS (DELETE FROM "DashboardLabCounts" RETURNING *)
                INSERT INTO "DashboardLabCounts" ({{LabKey}}, "Labs")
                SELECT {{LabKey}}, SUM("Labs") FROM moved GROUP BY {{LabKey}} HAVING SUM("Labs") <> 0;
                WITH moved AS (DELETE FROM "DashboardOpenTaskCounts" RETURNING *)
                INSERT INTO "DashboardOpenTaskCounts" ({{TaskKey}}, "Tasks")
                SELECT {{TaskKey}}, SUM("Tasks") FROM moved GROUP BY {{TaskKey}} HAVING SUM("Tasks") <> 0;
            END IF;
        END
        $body$;

        {{Backfill}}
        """;

    public const string PostgreSqlDown = """
        DROP TRIGGER "Tasks_DashboardCount_Update" ON "Tasks";
        DROP TRIGGER "Tasks_DashboardCount_Delete" ON "Tasks";
        DROP TRIGGER "Tasks_DashboardCount_Insert" ON "Tasks";
        DROP TRIGGER "Labs_DashboardCount_Update" ON "Labs";
        DROP TRIGGER "Labs_DashboardCount_Delete" ON "Labs";
        DROP TRIGGER "Labs_DashboardCount_Insert" ON "Labs";
        DROP FUNCTION "CompactDashboardCounts"();
        DROP FUNCTION "DashboardCountOpenTask"();
        DROP FUNCTION "DashboardCountLab"();
        DROP TABLE "DashboardOpenTaskCounts";
        DROP TABLE "DashboardLabCounts";
        """;
}
