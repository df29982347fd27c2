using LabFlow.Host.Infrastructure.Persistence;

namespace LabFlow.Host.Tests.StartupSteps;

public sealed class SqliteStartupStepsTests : StartupStepsTests
{
    protected override string Provider => DatabaseProviders.Sqlite;
}
