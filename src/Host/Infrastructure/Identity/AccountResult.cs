namespace LabFlow.Host.Infrastructure.Identity;

/// <summary>What an account operation did: succeeded, or the errors per field (request field name → messages).</summary>
internal sealed record AccountResult(IReadOnlyDictionary<string, string[]> Errors)
{
    public static AccountResult Success { get; } = new(new Dictionary<string, string[]>());

    public bool Succeeded => Errors.Count == 0;

    public static AccountResult Error(string field, params string[] messages) => new(new Dictionary<string, string[]> { [field] = messages });
}
