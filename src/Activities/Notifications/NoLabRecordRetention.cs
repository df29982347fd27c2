namespace LabFlow.Activities.Notifications;

/// <summary>
/// The default <see cref="ILabRecordRetention"/> when LabFlow runs without a database: the in-memory email and
/// collection stores offer no way to change a row, and keep nothing beyond the process, so nothing is cleared here
/// and the run counts none. The Host's database store replaces it.
/// </summary>
public sealed class NoLabRecordRetention : ILabRecordRetention
{
    public Task<int> BlankSentEmailsAsync(Guid labId, CancellationToken cancellationToken) => Task.FromResult(0);

    public Task<int> ClearIdeaSubmissionsAsync(Guid labId, CancellationToken cancellationToken) => Task.FromResult(0);
}
