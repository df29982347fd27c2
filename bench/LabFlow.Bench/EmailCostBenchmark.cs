using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using LabFlow.Activities.Email;
using LabFlow.Host.Infrastructure.Email;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace LabFlow.Bench;

/// <summary>
/// What one email of the shipped lab flow costs the process outside the database (issue 17): rendering a
/// <c>TaskAssigned</c> request with its due-date calendar file (as a burst does before its transaction), building the
/// MIME message and writing it to a pickup folder (as the delivery loop does), the write once through MimeKit's
/// asynchronous writer and once through its synchronous one, alternating, three rounds. Process CPU and allocations
/// per email, in a process that does nothing else.
/// </summary>
internal static class EmailCostBenchmark
{
    public static async Task RunAsync(int emails)
    {
        Console.WriteLine();
        Console.WriteLine($"Email cost: {emails} emails per step, three rounds; load {File.ReadAllText("/proc/loadavg").Trim()}");
        await using var services = new ServiceCollection().AddLabFlowEmailOutbox().BuildServiceProvider();
        var rows = services.GetRequiredService<EmailRows>();
        var options = new EmailOptions();
        var folder = Directory.CreateTempSubdirectory("labflow-bench-email-").FullName;
        try
        {
            var now = DateTimeOffset.UtcNow;
            var requests = Enumerable.Range(0, emails).Select(i => Request(i, now)).ToList();
            for (var round = 0; round < 3; round++)
            {
                var messages = new List<EmailMessage>(emails);
                await MeasureAsync("render (EmailRows)", emails, async () =>
                {
                    foreach (var request in requests)
                    {
                        messages.AddRange(await rows.RenderAllAsync(request, kind: null, now, CancellationToken.None));
                    }
                });

                var mime = new List<MimeMessage>(emails);
                await MeasureAsync("MIME build (EmailMimeMessages)", emails, () =>
                {
                    mime.AddRange(messages.Select(message => EmailMimeMessages.Create(message, options)));
                    return Task.CompletedTask;
                });

                await MeasureAsync("pickup write, MimeKit async", emails, async () =>
                {
                    foreach (var message in mime)
                    {
                        var partial = Path.Combine(folder, "async.eml.partial");
                        await message.WriteToAsync(FormatOptions.Default, partial);
                        File.Move(partial, Path.Combine(folder, "async.eml"), overwrite: true);
                    }
                });

                await MeasureAsync("pickup write, MimeKit sync", emails, () =>
                {
                    foreach (var message in mime)
                    {
                        var partial = Path.Combine(folder, "sync.eml.partial");
                        message.WriteTo(FormatOptions.Default, partial);
                        File.Move(partial, Path.Combine(folder, "sync.eml"), overwrite: true);
                    }

                    return Task.CompletedTask;
                });

                foreach (var message in mime)
                {
                    message.Dispose();
                }
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static EmailRequested Request(int index, DateTimeOffset now) => new(
        Guid.NewGuid(),
        Guid.NewGuid(),
        Guid.NewGuid(),
        EmailTemplates.TaskAssigned,
        [new EmailRecipient(Guid.NewGuid(), $"person{index}@goteborg.example", $"Person {index} Svensson", "sv")],
        new JsonObject
        {
            ["taskTitle"] = "Intervjua medarbetare",
            ["labTitle"] = "Jämlik rekrytering",
            ["phaseName"] = "Utforska",
            ["dueDate"] = DateOnly.FromDateTime(now.UtcDateTime).AddDays(14).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        });

    private static async Task MeasureAsync(string name, int emails, Func<Task> step)
    {
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var stopwatch = Stopwatch.StartNew();
        await step();
        stopwatch.Stop();
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"  {name,-32} {stopwatch.Elapsed.TotalMilliseconds * 1000 / emails,7:N1} µs wall, {cpu.TotalMilliseconds * 1000 / emails,7:N1} µs process CPU, {allocated / 1024.0 / emails,6:N1} KiB allocated per email"));
    }
}
