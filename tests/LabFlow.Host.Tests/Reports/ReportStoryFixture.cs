using LabFlow.Activities.Labs;
using LabFlow.Host.Tests.LabStories;

namespace LabFlow.Host.Tests.Reports;

/// <summary>One lab story told once on SQLite and shared by a class's report tests (they only read it).</summary>
public abstract class ReportStoryFixture : IAsyncLifetime
{
    private LabStoryHost? _host;

    public Lab Lab { get; private set; } = default!;

    internal LabStoryHost Host => _host!;

    public async Task InitializeAsync()
    {
        _host = await LabStoryHost.StartAsync(LabStoryStore.Sqlite, LaunchTime);
        Lab = await TellAsync(_host);
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }

    private protected abstract DateTimeOffset LaunchTime { get; }

    private protected abstract Task<Lab> TellAsync(LabStoryHost host);
}
