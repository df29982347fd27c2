namespace LabFlow.EndToEnd.Tests.TestInfrastructure;

/// <summary>
/// Every browser test is in this one collection: one LabFlow Host and one Chromium for all of them, and tests run
/// one after another (two cores; the demo data is shared).
/// </summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<LabFlowBrowserFixture>
{
    public const string Name = "Browser";
}
