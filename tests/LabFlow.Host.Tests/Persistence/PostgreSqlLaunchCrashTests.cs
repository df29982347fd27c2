using LabFlow.Host.Infrastructure.Persistence;
using LabFlow.Host.Tests.TestInfrastructure;

namespace LabFlow.Host.Tests.Persistence;

public sealed class PostgreSqlLaunchCrashTests : LaunchCrashTests, IPostgreSqlTests
{
    protected override string Provider => DatabaseProviders.PostgreSql;
}
