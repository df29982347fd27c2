namespace LabFlow.Host.Infrastructure.Persistence.Rows;

/// <summary>Column lengths shared by the row configurations (PostgreSQL enforces them; SQLite does not).</summary>
internal static class RowLimits
{
    public const int IdLength = LabFlow.Workflows.Definitions.FlowLimits.IdLength;
    public const int StatusLength = 40;
    public const int KindLength = 100;
    public const int KeyLength = 500;
    public const int TypeLength = 500;
    public const int HashLength = 64;
}
