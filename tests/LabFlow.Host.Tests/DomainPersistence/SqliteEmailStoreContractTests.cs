using LabFlow.Host.Infrastructure.Persistence;

namespace LabFlow.Host.Tests.DomainPersistence;

public sealed class SqliteEmailStoreContractTests : EmailStoreContractTests
{
    protected override string Provider => DatabaseProviders.Sqlite;
}
