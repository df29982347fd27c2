using LabFlow.Host.Infrastructure.Persistence;

namespace LabFlow.Host.Tests.DomainPersistence;

public sealed class SqliteEffectRowsContractTests : EffectRowsContractTests
{
    protected override string Provider => DatabaseProviders.Sqlite;
}
