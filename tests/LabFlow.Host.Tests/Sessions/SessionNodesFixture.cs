using LabFlow.Host.Tests.TestInfrastructure;

namespace LabFlow.Host.Tests.Sessions;

/// <summary>
/// A test database and two <see cref="SessionNode"/>s on it, shared by one test class. Started on first use, so a
/// PostgreSQL class whose tests are skipped (no server outside CI) starts nothing.
/// </summary>
public sealed class SessionNodesFixture : IAsyncLifetime
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private TestDatabase? _database;

    public SessionNode? A { get; private set; }

    public SessionNode? B { get; private set; }

    public async Task<(SessionNode A, SessionNode B)> StartAsync(string provider)
    {
        await _gate.WaitAsync();
        try
        {
            if (A is null || B is null)
            {
                _database = await TestDatabase.CreateAsync(provider);
                A = new SessionNode(_database);
                _ = A.Services; // the first node migrates the database before the second starts
                B = new SessionNode(_database);
                _ = B.Services;
            }

            return (A, B);
        }
        finally
        {
            _gate.Release();
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (B is not null)
        {
            await B.DisposeAsync();
        }

        if (A is not null)
        {
            await A.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        _gate.Dispose();
    }
}
