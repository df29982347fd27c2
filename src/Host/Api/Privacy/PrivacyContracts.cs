namespace LabFlow.Host.Api.Privacy;

/// <summary>The decision to erase a person: why (required; it is kept with who decided and when).</summary>
internal sealed record ErasureBody(string? Reason);

/// <summary>One read in the access log.</summary>
internal sealed record AccessLogResponse(Guid Id, Guid ReaderId, string? ReaderName, Guid TaskId, Guid LabId, string AdministrationId, string? ActivityId, DateTimeOffset At);
