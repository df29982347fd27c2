using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Text;

namespace LabFlow.EndToEnd.Tests.TestInfrastructure;

/// <summary>
/// LabFlow's Host as a user starts it (<c>dotnet run --project src/Host</c> runs the same dll in Development): the
/// Host project's own build output, in Development (static web assets such as MudBlazor's <c>_content/*</c> are only
/// served there or from a published build), on a free port, with a fresh data folder, so the first run seeds the demo
/// people and the demo lab. Same approach as the Host tests' <c>LabFlowProcess</c>.
/// </summary>
internal sealed class LabFlowHostProcess : IAsyncDisposable
{
    /// <summary>Printed once the server listens, after migration and seeding (FirstRunHostingExtensions).</summary>
    private const string StartedLine = "LabFlow is running at";

    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private LabFlowHostProcess(Process process, Uri baseAddress, string dataPath)
    {
        _process = process;
        BaseAddress = baseAddress;
        DataPath = dataPath;
    }

    public Uri BaseAddress { get; }

    /// <summary>The Host's data folder (LabFlow:DataPath): its SQLite database and the mail pickup folder.</summary>
    public string DataPath { get; }

    /// <summary>Where the Host writes each email as an .eml file (PickupFolderEmailSender.FolderName).</summary>
    public string MailPickupPath => Path.Combine(DataPath, "mail-pickup");

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Names another Host folder to test, such as a published build (<c>dotnet publish src/Host</c>).</summary>
    public const string HostDirectoryVariable = "LABFLOW_E2E_HOST_DIRECTORY";

    /// <summary>
    /// The Host project's build output folder for this configuration (set by the test project file), unless
    /// <see cref="HostDirectoryVariable"/> names another.
    /// </summary>
    public static string HostDirectory =>
        Environment.GetEnvironmentVariable(HostDirectoryVariable) is { Length: > 0 } chosen
            ? chosen
            : typeof(LabFlowHostProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
                .Single(a => a.Key == "LabFlowHostDirectory").Value
              ?? throw new InvalidOperationException("The test assembly does not name the Host's build folder.");

    public static LabFlowHostProcess Start(string dataPath)
    {
        var hostDll = Path.Combine(HostDirectory, "LabFlow.Host.dll");
        if (!File.Exists(hostDll))
        {
            throw new InvalidOperationException($"The Host is not built: {hostDll} is missing (build LabFlow.sln or this test project).");
        }

        var port = FreeTcpPort();
        var baseAddress = new Uri($"http://127.0.0.1:{port}");
        var startInfo = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            // The content root, as `dotnet run` would have it next to appsettings.json and the static web assets manifest.
            WorkingDirectory = HostDirectory,
        };
        startInfo.ArgumentList.Add(hostDll);
        startInfo.ArgumentList.Add($"--urls={baseAddress}");
        startInfo.ArgumentList.Add($"--LabFlow:DataPath={dataPath}");
        startInfo.ArgumentList.Add($"--LabFlow:PublicBaseUrl={baseAddress.ToString().TrimEnd('/')}");
        // Every test signs in from 127.0.0.1: the guessing limit (20 a minute per address) would turn them away.
        startInfo.ArgumentList.Add("--LabFlow:Authentication:CredentialPermitLimit=1000");
        // An open page checks its sign-in this often: short, so a test sees a deactivated person's page close.
        startInfo.ArgumentList.Add("--LabFlow:Authentication:CircuitRevalidationInterval=00:00:02");
        // Request lines would crowd out what a failure needs from the Host's output: its warnings and errors.
        startInfo.ArgumentList.Add("--Logging:LogLevel:Microsoft.AspNetCore.HttpLogging.HttpLoggingMiddleware=Warning");
        startInfo.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        startInfo.Environment["DOTNET_ENVIRONMENT"] = "Development";
        startInfo.Environment["Logging__Console__FormatterName"] = "simple";
        startInfo.Environment.Remove("ASPNETCORE_URLS");

        var process = new Process { StartInfo = startInfo, EnableRaisingEvents = true };
        var host = new LabFlowHostProcess(process, baseAddress, dataPath);
        process.OutputDataReceived += (_, e) => host.Append(e.Data);
        process.ErrorDataReceived += (_, e) => host.Append(e.Data);
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return host;
    }

    /// <summary>Waits until the Host says it runs, then asks /health; fails with everything it printed otherwise.</summary>
    public async Task WaitUntilHealthyAsync(TimeSpan timeout)
    {
        var finished = await Task.WhenAny(_started.Task, _process.WaitForExitAsync(), Task.Delay(timeout));
        if (finished != _started.Task)
        {
            var why = _process.HasExited ? $"exited with code {_process.ExitCode}" : $"did not start within {timeout}";
            throw new InvalidOperationException($"The LabFlow Host {why}. It printed:\n{Output}");
        }

        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = timeout };
        using var response = await client.GetAsync(new Uri("/health", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.OK || body != "Healthy")
        {
            throw new InvalidOperationException($"The LabFlow Host is not healthy: /health answered {(int)response.StatusCode} \"{body}\". It printed:\n{Output}");
        }
    }

    /// <summary>Stops the Host as Ctrl+C or a service manager does (SIGTERM), and kills it only if it does not stop in time.</summary>
    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _ = NativeMethods.kill(_process.Id, NativeMethods.SigTerm);
            using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            try
            {
                await _process.WaitForExitAsync(grace.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }
        }

        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }

        if (line.Contains(StartedLine, StringComparison.Ordinal))
        {
            _started.TrySetResult();
        }
    }

    private static int FreeTcpPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static class NativeMethods
    {
        public const int SigTerm = 15;

        [DllImport("libc", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int kill(int pid, int sig);
    }
}
