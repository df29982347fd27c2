using System.Net;
using LabFlow.Host.Tests.TestInfrastructure;

namespace LabFlow.Host.Tests.Startup;

public sealed class HostStartupTests : IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private readonly string _folder = Directory.CreateTempSubdirectory("labflow-host-").FullName;

    [Fact]
    public async Task Start_AnswersHealth_WhenShippedFlowsAreValid()
    {
        await using var host = LabFlowProcess.Start(Path.Combine(_folder, "data"), "Development");

        await host.WaitUntilListeningAsync(StartTimeout);
        using var client = new HttpClient { BaseAddress = host.BaseAddress };
        var response = await client.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
        Assert.Contains("Loaded flow ", host.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_StopsWithEveryValidationMessage_WhenAFlowFileIsWrong()
    {
        var flows = Directory.CreateDirectory(Path.Combine(_folder, "flows")).FullName;
        await File.WriteAllTextAsync(Path.Combine(flows, "broken.json"), """
            {
              "id": "broken",
              "version": 1,
              "name": "Broken",
              "activities": [
                { "id": "start", "type": "Start" },
                { "id": "wait", "type": "WaitForSignl" }
              ],
              "connections": [ { "from": "start", "to": "wait" }, { "from": "wait", "to": "nowhere" } ]
            }
            """);
        await using var host = LabFlowProcess.Start(Path.Combine(_folder, "data"), "Development", null, $"--LabFlow:FlowsPath={flows}");

        var exitCode = await host.WaitForExitAsync(StartTimeout);

        Assert.Equal(1, exitCode);
        Assert.Contains("broken.json: $.activities[1].type: unknown activity type 'WaitForSignl' (did you mean 'WaitForSignal'?)", host.Output, StringComparison.Ordinal);
        Assert.Contains("broken.json: $.connections[1].to:", host.Output, StringComparison.Ordinal);
        Assert.Contains("LabFlow did not start: 1 flow file(s)", host.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", host.Output, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
