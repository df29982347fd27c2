using Xunit.Abstractions;
using Xunit.Sdk;

namespace LabFlow.Host.Tests.TestInfrastructure;

/// <summary>Discovers <see cref="DatabaseFactAttribute"/> tests; looks at the concrete test class, so an abstract contract runs per provider.</summary>
public sealed class DatabaseFactDiscoverer(IMessageSink diagnosticMessageSink) : FactDiscoverer(diagnosticMessageSink)
{
    protected override IXunitTestCase CreateTestCase(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        if (PostgreSqlServer.SkipReasonFor(testMethod) is { } reason)
        {
            return new XunitSkippedDataRowTestCase(
                DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, reason);
        }

        return base.CreateTestCase(discoveryOptions, testMethod, factAttribute);
    }
}
