namespace LabFlow.Activities.Privacy;

/// <summary>One read in the access log with the reader's name (as the directory has it now) for the admin page.</summary>
public sealed record AccessLogEntry(SensitiveRead Read, string? ReaderName);
