using LabFlow.Host.Infrastructure.Persistence;

namespace LabFlow.Host.Tests.Persistence;

public sealed class SqliteWorkflowStoreContractTests : WorkflowStoreContractTests
{
    protected override string Provider => DatabaseProviders.Sqlite;
}
