using System.Text;
using Microsoft.Playwright;

namespace LabFlow.EndToEnd.Tests.TestInfrastructure;

/// <summary>
/// Counts the interactive Blazor circuits a page has brought to life. A prerendered interactive page shows its HTML
/// before its event handlers exist; typing or clicking then is lost. A circuit counts once the browser tells the
/// server it applied the circuit's first render (the <c>OnRenderCompleted</c> call over the <c>_blazor</c> WebSocket),
/// so from then on the page's handlers are attached.
/// </summary>
internal sealed class BlazorCircuits
{
    private static readonly byte[] RenderCompleted = Encoding.ASCII.GetBytes("OnRenderCompleted");

    private readonly object _gate = new();
    private readonly List<(int Count, TaskCompletionSource Reached)> _waits = [];
    private int _count;

    public BlazorCircuits(IPage page) => page.WebSocket += (_, socket) => Watch(socket);

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _count;
            }
        }
    }

    /// <summary>Waits until more than <paramref name="before"/> circuits are interactive.</summary>
    public async Task WaitForMoreThanAsync(int before, TimeSpan timeout)
    {
        var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            if (_count > before)
            {
                return;
            }

            _waits.Add((before + 1, reached));
        }

        if (await Task.WhenAny(reached.Task, Task.Delay(timeout)) != reached.Task)
        {
            throw new TimeoutException($"The page did not become interactive (no Blazor circuit rendered) within {timeout}.");
        }
    }

    private void Watch(IWebSocket socket)
    {
        if (!socket.Url.Contains("/_blazor", StringComparison.Ordinal))
        {
            return;
        }

        var counted = false;
        socket.FrameSent += (_, frame) =>
        {
            if (counted || !Mentions(frame, RenderCompleted))
            {
                return;
            }

            counted = true;
            lock (_gate)
            {
                _count++;
                foreach (var wait in _waits.Where(w => _count >= w.Count).ToList())
                {
                    wait.Reached.TrySetResult();
                    _waits.Remove(wait);
                }
            }
        };
    }

    private static bool Mentions(IWebSocketFrame frame, byte[] name) =>
        frame.Binary is { } binary
            ? binary.AsSpan().IndexOf(name) >= 0
            : frame.Text?.Contains(Encoding.ASCII.GetString(name), StringComparison.Ordinal) == true;
}
