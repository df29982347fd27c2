using LabFlow.EndToEnd.Tests.TestInfrastructure;
using Xunit.Abstractions;

namespace LabFlow.EndToEnd.Tests.Pipeline;

/// <summary>The browser reaches the real Host process, which answers its health check.</summary>
[Collection(BrowserCollection.Name)]
public sealed class HostPipelineTests(LabFlowBrowserFixture fixture, ITestOutputHelper output)
{
    [BrowserFact]
    public async Task Health_AnswersHealthy_WhenTheBrowserAsksTheHost()
    {
        await using var session = await fixture.NewSessionAsync(output, nameof(Health_AnswersHealthy_WhenTheBrowserAsksTheHost));
        await session.RunAsync(async page =>
        {
            var response = await page.GotoAsync("/health");

            Assert.NotNull(response);
            Assert.Equal(200, response.Status);
            Assert.Equal("Healthy", await page.Locator("body").InnerTextAsync());
        });
    }
}
