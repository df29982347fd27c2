using LabFlow.Host.Infrastructure.Persistence;

namespace LabFlow.Host.Tests.DomainPersistence;

public sealed class SqliteTaskJsonContractTests : TaskJsonContractTests
{
    protected override string Provider => DatabaseProviders.Sqlite;
}
