using LabFlow.Activities.Methods;

namespace LabFlow.Host.Infrastructure.Methods;

/// <summary>A valid shipped method file and the SHA-256 of its content.</summary>
internal sealed record ShippedMethodFile(string FileName, LabMethod Method, string ContentHash);
