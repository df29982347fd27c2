using LabFlow.Workflows.Execution;

namespace LabFlow.Workflows.Expressions;

/// <summary>An expression did not parse, threw, or broke a sandbox limit.</summary>
public sealed class ExpressionException(string message, Exception? innerException = null)
    : WorkflowException("expression_failed", message, innerException);
