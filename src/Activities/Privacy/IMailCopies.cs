namespace LabFlow.Activities.Privacy;

/// <summary>Copies of sent emails outside the database (the pickup folder) that erasure removes.</summary>
public interface IMailCopies
{
    /// <summary>Removes every copy addressed to <paramref name="address"/> or containing one of <paramref name="texts"/>; returns how many.</summary>
    Task<int> RemoveAsync(string address, IReadOnlyList<string> texts, CancellationToken cancellationToken);
}
