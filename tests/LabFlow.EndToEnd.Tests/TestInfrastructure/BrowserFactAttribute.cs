using Xunit.Sdk;

namespace LabFlow.EndToEnd.Tests.TestInfrastructure;

/// <summary>
/// A fact that drives Chromium: skipped when <see cref="Chromium.ExecutablePath"/> is missing outside CI; under
/// CI=true it always runs, so a missing browser fails.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
[XunitTestCaseDiscoverer("LabFlow.EndToEnd.Tests.TestInfrastructure.BrowserFactDiscoverer", "LabFlow.EndToEnd.Tests")]
public sealed class BrowserFactAttribute : FactAttribute;
