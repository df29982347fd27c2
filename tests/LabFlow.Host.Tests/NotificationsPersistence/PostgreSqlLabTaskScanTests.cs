using LabFlow.Host.Infrastructure.Persistence;
using LabFlow.Host.Tests.TestInfrastructure;

namespace LabFlow.Host.Tests.NotificationsPersistence;

public sealed class PostgreSqlLabTaskScanTests : LabTaskScanTests, IPostgreSqlTests
{
    protected override string Provider => DatabaseProviders.PostgreSql;
}
