namespace LabFlow.Workflows.Expressions;

/// <summary>
/// The sandbox limits for flow expressions. Every limit stops a runaway script with an
/// <see cref="ExpressionException"/> instead of letting it hold a burst (or the process) hostage.
/// </summary>
public sealed class ExpressionOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string SectionName = "LabFlow:Expressions";

    /// <summary>Wall-clock time one script may run. Default 1 second.</summary>
    public TimeSpan TimeLimit { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Statements one script may execute; 0 turns the limit off. Default 100 000.</summary>
    public int MaxStatements { get; set; } = 100_000;

    /// <summary>Bytes one script may allocate. Default 16 MB (16 × 1024 × 1024).</summary>
    public long MemoryLimitBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>How deep script functions may call each other. Default 64.</summary>
    public int MaxRecursionDepth { get; set; } = 64;

    /// <summary>Steps (tags, output and loop iterations) one Liquid template may take. Default 10 000.</summary>
    public int TemplateMaxSteps { get; set; } = 10_000;
}
