using System.Collections.Concurrent;
using Hangfire;
using Hangfire.Common;
using Hangfire.States;
using LabFlow.Host.Infrastructure.Scheduling;
using Microsoft.Extensions.DependencyInjection;

namespace LabFlow.Host.Tests.Scheduling;

/// <summary>
/// The host's own Hangfire client, remembering the id of every timer job it creates, so a test finds a timer's job
/// directly instead of searching Hangfire's job lists while the server moves the job from one to the next.
/// </summary>
internal sealed class RecordingJobClient(IBackgroundJobClient inner) : IBackgroundJobClient
{
    private readonly ConcurrentDictionary<Guid, ConcurrentQueue<string>> _timerJobs = new();

    /// <summary>Puts a recording client around the Hangfire client registered in <paramref name="services"/>.</summary>
    public static void Decorate(IServiceCollection services)
    {
        var registered = services.Single(s => s.ServiceType == typeof(IBackgroundJobClient));
        services.Remove(registered);
        services.AddSingleton(sp => new RecordingJobClient(registered.ImplementationFactory is { } factory
            ? (IBackgroundJobClient)factory(sp)
            : registered.ImplementationInstance as IBackgroundJobClient
              ?? (IBackgroundJobClient)ActivatorUtilities.CreateInstance(sp, registered.ImplementationType!)));
        services.AddSingleton<IBackgroundJobClient>(sp => sp.GetRequiredService<RecordingJobClient>());
    }

    public IReadOnlyList<string> TimerJobsOf(Guid bookmarkId) =>
        _timerJobs.TryGetValue(bookmarkId, out var ids) ? [.. ids] : [];

    public string Create(Job job, IState state)
    {
        var id = inner.Create(job, state);
        if (job.Type == typeof(FireTimerJob) && job.Args is [Guid bookmarkId, ..])
        {
            _timerJobs.GetOrAdd(bookmarkId, _ => new ConcurrentQueue<string>()).Enqueue(id);
        }

        return id;
    }

    public bool ChangeState(string jobId, IState state, string expectedState) => inner.ChangeState(jobId, state, expectedState);
}
