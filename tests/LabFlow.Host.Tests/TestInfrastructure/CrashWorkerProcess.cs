using System.Diagnostics;

namespace LabFlow.Host.Tests.TestInfrastructure;

/// <summary>
/// The crash worker (tests/LabFlow.CrashWorker) as its own process: a test waits for a line it prints, then kills it
/// with SIGKILL, so nothing in it gets to clean up, flush or roll back.
/// </summary>
internal sealed class CrashWorkerProcess : IDisposable
{
    private readonly Process _process;
    private readonly List<string> _lines = [];
    private readonly List<string> _errors = [];
    private readonly List<(string Prefix, TaskCompletionSource<string> Seen)> _waits = [];

    private CrashWorkerProcess(Process process) => _process = process;

    /// <summary>Every line the worker printed so far.</summary>
    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (_lines)
            {
                return [.. _lines];
            }
        }
    }

    public static CrashWorkerProcess Start(params string[] arguments)
    {
        var startInfo = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        startInfo.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "LabFlow.CrashWorker.dll"));
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        var worker = new CrashWorkerProcess(new Process { StartInfo = startInfo });
        worker._process.OutputDataReceived += (_, e) => worker.OnLine(e.Data);
        worker._process.ErrorDataReceived += (_, e) =>
        {
            lock (worker._lines)
            {
                if (e.Data is not null)
                {
                    worker._errors.Add(e.Data);
                }
            }
        };
        worker._process.Start();
        worker._process.BeginOutputReadLine();
        worker._process.BeginErrorReadLine();
        return worker;
    }

    /// <summary>The first line starting with <paramref name="prefix"/>; fails the test when the worker exits or times out first.</summary>
    public async Task<string> WaitForLineAsync(string prefix, TimeSpan timeout)
    {
        var seen = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_lines)
        {
            if (_lines.FirstOrDefault(l => l.StartsWith(prefix, StringComparison.Ordinal)) is { } line)
            {
                return line;
            }

            _waits.Add((prefix, seen));
        }

        var exited = _process.WaitForExitAsync();
        var first = await Task.WhenAny(seen.Task, exited, Task.Delay(timeout));
        if (first != seen.Task)
        {
            Kill();
            lock (_lines)
            {
                Assert.Fail($"The crash worker {(first == exited ? "exited" : "timed out")} before it printed '{prefix}'. It wrote:\n{string.Join('\n', _lines.Concat(_errors))}");
            }
        }

        return await seen.Task;
    }

    /// <summary>SIGKILL, then waits until the process is gone and its output is drained.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        // The parameterless wait also drains the redirected output.
        _process.WaitForExit();
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }

    private void OnLine(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_lines)
        {
            _lines.Add(line);
            foreach (var wait in _waits.Where(w => line.StartsWith(w.Prefix, StringComparison.Ordinal)).ToList())
            {
                _waits.Remove(wait);
                wait.Seen.TrySetResult(line);
            }
        }
    }
}
