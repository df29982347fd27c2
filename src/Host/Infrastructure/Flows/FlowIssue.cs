namespace LabFlow.Host.Infrastructure.Flows;

/// <summary>One thing wrong with a flow document as the flow pages show it: its JSON path and what to do (the loader's message).</summary>
public sealed record FlowIssue(string Path, string Message);
