using LabFlow.Host.Infrastructure.Persistence;

namespace LabFlow.Host.Tests.Persistence;

public sealed class SqliteRuntimeConcurrencyContractTests : RuntimeConcurrencyContractTests
{
    protected override string Provider => DatabaseProviders.Sqlite;
}
