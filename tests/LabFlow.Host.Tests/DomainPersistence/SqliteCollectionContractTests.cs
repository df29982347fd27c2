using LabFlow.Host.Infrastructure.Persistence;

namespace LabFlow.Host.Tests.DomainPersistence;

public sealed class SqliteCollectionContractTests : CollectionContractTests
{
    protected override string Provider => DatabaseProviders.Sqlite;
}
