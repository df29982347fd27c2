using LabFlow.Host.Infrastructure.Persistence;
using LabFlow.Host.Tests.TestInfrastructure;

namespace LabFlow.Host.Tests.StartupSteps;

public sealed class PostgreSqlStartupStepsTests : StartupStepsTests, IPostgreSqlTests
{
    protected override string Provider => DatabaseProviders.PostgreSql;
}
