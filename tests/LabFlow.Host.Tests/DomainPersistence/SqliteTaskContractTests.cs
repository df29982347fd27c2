using LabFlow.Host.Infrastructure.Persistence;

namespace LabFlow.Host.Tests.DomainPersistence;

public sealed class SqliteTaskContractTests : TaskContractTests
{
    protected override string Provider => DatabaseProviders.Sqlite;
}
