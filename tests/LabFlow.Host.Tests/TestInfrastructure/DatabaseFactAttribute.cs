using Xunit.Sdk;

namespace LabFlow.Host.Tests.TestInfrastructure;

/// <summary>
/// A fact that runs against a database. In a class marked <see cref="IPostgreSqlTests"/> it is skipped when
/// LABFLOW_TEST_POSTGRES is not set and CI is not <c>true</c> (./test.sh always sets it); under CI it always runs,
/// so a missing server fails.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
[XunitTestCaseDiscoverer("LabFlow.Host.Tests.TestInfrastructure.DatabaseFactDiscoverer", "LabFlow.Host.Tests")]
public sealed class DatabaseFactAttribute : FactAttribute;
