namespace LabFlow.Activities.Privacy;

/// <summary>The access log of sensitive steps' answers (<see cref="SensitiveRead"/>); the in-memory log is the default.</summary>
public interface ISensitiveReadLog
{
    Task AddAsync(IReadOnlyList<SensitiveRead> reads, CancellationToken cancellationToken);

    Task<IReadOnlyList<SensitiveRead>> ListAsync(SensitiveReadQuery query, CancellationToken cancellationToken);
}
