using LabFlow.Host.Infrastructure.Persistence;

namespace LabFlow.Host.Tests.DomainPersistence;

public sealed class SqliteKnowledgeStoreContractTests : KnowledgeStoreContractTests
{
    protected override string Provider => DatabaseProviders.Sqlite;
}
