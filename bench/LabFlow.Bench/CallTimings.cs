using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Runtime.ExceptionServices;
using Microsoft.Extensions.DependencyInjection;

namespace LabFlow.Bench;

/// <summary>
/// Inclusive wall time and calls per interface method (and per SQL command shape, from <see cref="SqlRecorder"/>),
/// counted only on the async flow that set <see cref="Active"/>: the completion's own calls, not the background
/// jobs'. Nested calls overlap (the runtime's resume includes the stores it calls).
/// </summary>
internal sealed class CallTimings
{
    private readonly AsyncLocal<bool> _active = new();
    private readonly ConcurrentDictionary<string, (int Calls, double Milliseconds)> _calls = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (int Calls, double Milliseconds)> _commands = new(StringComparer.Ordinal);
    private int _writeTransactions;

    public bool Active
    {
        get => _active.Value;
        set => _active.Value = value;
    }

    public void Add(string name, TimeSpan elapsed) =>
        _calls.AddOrUpdate(name, (1, elapsed.TotalMilliseconds), (_, c) => (c.Calls + 1, c.Milliseconds + elapsed.TotalMilliseconds));

    public void AddCommand(string shape, TimeSpan elapsed) =>
        _commands.AddOrUpdate(shape, (1, elapsed.TotalMilliseconds), (_, c) => (c.Calls + 1, c.Milliseconds + elapsed.TotalMilliseconds));

    public void AddWriteTransaction() => Interlocked.Increment(ref _writeTransactions);

    public void Reset()
    {
        _calls.Clear();
        _commands.Clear();
        _writeTransactions = 0;
    }

    /// <summary>Replaces every registration of <typeparamref name="T"/> with a timing proxy around what it made.</summary>
    public void Decorate<T>(IServiceCollection services)
        where T : class
    {
        for (var i = 0; i < services.Count; i++)
        {
            var descriptor = services[i];
            if (descriptor.ServiceType != typeof(T) || descriptor.IsKeyedService)
            {
                continue;
            }

            services[i] = ServiceDescriptor.Describe(typeof(T), provider => TimingProxy<T>.Wrap((T)Create(provider, descriptor), this), descriptor.Lifetime);
        }
    }

    public void Print(int completions, string unit = "completion")
    {
        Console.WriteLine($"  per {unit} (inclusive wall time; nested calls overlap), over {completions} {unit}s:");
        foreach (var (name, (calls, ms)) in _calls.OrderByDescending(c => c.Value.Milliseconds))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {calls / (double)completions,6:N1} calls {ms / completions,8:N2} ms  {name}"));
        }

        var commands = _commands.Values.Sum(c => c.Calls);
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"  EF Core commands per {unit}: {commands / (double)completions:N1}, {_commands.Values.Sum(c => c.Milliseconds) / completions:N2} ms in the database driver; EF Core write transactions (commits) per {unit}: {_writeTransactions / (double)completions:N2}; by shape:"));
        // The burst's commit and the hot reads run as plain commands on WorkflowConnection, which EF Core's diagnostics never see.
        Console.WriteLine("  (not counted here: the plain commands through WorkflowConnection, the burst's transaction and writes and the hot reads of a completion; LABFLOW_BENCH_PAGES=1 counts every statement's pages)");
        foreach (var (shape, (calls, ms)) in _commands.OrderByDescending(c => c.Value.Calls))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {calls / (double)completions,6:N2} × {ms / Math.Max(1, calls),6:N2} ms  {shape}"));
        }
    }

    private static object Create(IServiceProvider provider, ServiceDescriptor descriptor) =>
        descriptor.ImplementationInstance
        ?? descriptor.ImplementationFactory?.Invoke(provider)
        ?? ActivatorUtilities.CreateInstance(provider, descriptor.ImplementationType!);

    /// <summary>Times each call to the wrapped service, to the end of the task it returns.</summary>
#pragma warning disable CA1852 // DispatchProxy derives from this type at run time, so it cannot be sealed.
    internal class TimingProxy<T> : DispatchProxy
#pragma warning restore CA1852
        where T : class
    {
        private T _inner = null!;
        private CallTimings _timings = null!;

        public static T Wrap(T inner, CallTimings timings)
        {
            var proxy = Create<T, TimingProxy<T>>();
            var timing = (TimingProxy<T>)(object)proxy;
            timing._inner = inner;
            timing._timings = timings;
            return proxy;
        }

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
        {
            var start = Stopwatch.GetTimestamp();
            object? result;
            try
            {
                result = targetMethod!.Invoke(_inner, args);
            }
            catch (TargetInvocationException exception) when (exception.InnerException is not null)
            {
                ExceptionDispatchInfo.Capture(exception.InnerException).Throw();
                throw;
            }

            if (!_timings.Active)
            {
                return result;
            }

            var name = $"{typeof(T).Name}.{targetMethod.Name}";
            if (result is Task task)
            {
                task.ContinueWith(_ => _timings.Add(name, Stopwatch.GetElapsedTime(start)), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            }
            else
            {
                _timings.Add(name, Stopwatch.GetElapsedTime(start));
            }

            return result;
        }
    }
}
