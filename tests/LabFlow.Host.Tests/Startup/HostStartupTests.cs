using System.Net;
using LabFlow.Host.Tests.TestInfrastructure;

namespace LabFlow.Host.Tests.Startup;

public sealed class HostStartupTests : IDisposable
{
    // Generous: a busy 2-core machine can take a minute to start a Host; the timeout only bounds a failure.
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);
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

    [Fact]
    public async Task Start_StopsNamingEveryWrongSetting_BeforeTouchingTheDatabase()
    {
        var data = Path.Combine(_folder, "data");
        await using var host = LabFlowProcess.Start(data, "Production", null,
            "--LabFlow:Email:SmtpPort=0", "--LabFlow:Scheduling:WorkerCount=99", "--LabFlow:Attachments:MaxBytes=5");

        var exitCode = await host.WaitForExitAsync(StartTimeout);

        Assert.Equal(1, exitCode);
        Assert.Contains("LabFlow did not start: LabFlow:Email:SmtpPort must be between 1 and 65535 (was 0).", host.Output, StringComparison.Ordinal);
        Assert.Contains("LabFlow did not start: LabFlow:Scheduling:WorkerCount must be between 1 and 50 (default 5).", host.Output, StringComparison.Ordinal);
        Assert.Contains("LabFlow did not start: LabFlow:Attachments:MaxBytes must be between 1024 (1 kB) and 104857600 (100 MB): set a size in bytes, such as 10485760 for 10 MB.", host.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", host.Output, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(data, "labflow.db")), "The database must not be created when a setting is wrong.");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
