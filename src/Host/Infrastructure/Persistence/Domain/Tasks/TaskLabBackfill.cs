namespace LabFlow.Host.Infrastructure.Persistence.Domain.Tasks;

/// <summary>
/// Fills <see cref="TaskRow.AdministrationId"/> and <see cref="TaskRow.DefinitionId"/> of the task rows written before
/// the columns from their labs (run by the migration that adds them, on SQLite and PostgreSQL alike); a task whose lab
/// is gone keeps <c>null</c>, as it has no administration to be counted in.
/// </summary>
internal static class TaskLabBackfill
{
    public const string Sql = """
        UPDATE "Tasks" SET
            "AdministrationId" = (SELECT l."AdministrationId" FROM "Labs" l WHERE l."Id" = "Tasks"."LabId"),
            "DefinitionId" = (SELECT l."DefinitionId" FROM "Labs" l WHERE l."Id" = "Tasks"."LabId")
        """;
}
