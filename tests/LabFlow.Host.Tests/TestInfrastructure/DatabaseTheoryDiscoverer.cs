using Xunit.Abstractions;
using Xunit.Sdk;

namespace LabFlow.Host.Tests.TestInfrastructure;

/// <summary>Discovers <see cref="DatabaseTheoryAttribute"/> tests; one skipped case per theory when the concrete class needs a PostgreSQL server that is not there.</summary>
public sealed class DatabaseTheoryDiscoverer(IMessageSink diagnosticMessageSink) : TheoryDiscoverer(diagnosticMessageSink)
{
    public override IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo theoryAttribute)
    {
        if (PostgreSqlServer.SkipReasonFor(testMethod) is { } reason)
        {
            return
            [
                new XunitSkippedDataRowTestCase(
                    DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, reason),
            ];
        }

        return base.Discover(discoveryOptions, testMethod, theoryAttribute);
    }
}
