using LabFlow.Host;
using LabFlow.Host.Infrastructure.Backup;
using LabFlow.Host.Infrastructure.Seeding;

var command = LabFlowCommand.Parse(args);
if (command.Error is { } error)
{
    await Console.Error.WriteLineAsync(error);
    return 2;
}

var builder = WebApplication.CreateBuilder(command.HostArguments);
builder.AddLabFlow();

// Disposed on every way out, so the console logger's queue is written before a refused start-up exits.
await using var app = builder.Build();
if (command.Name is LabFlowCommand.Backup or LabFlowCommand.Restore)
{
    // Before migrations and seeding: a backup copies what is there, a restore fills an empty data folder.
    return await app.RunBackupCommandAsync(command, app.Lifetime.ApplicationStopping);
}

if (!await app.PrepareLabFlowAsync(app.Lifetime.ApplicationStopping))
{
    return 1;
}

if (command.Name == LabFlowCommand.CreateAdmin)
{
    return await app.CreateAdminAsync(command, app.Lifetime.ApplicationStopping);
}

app.MapLabFlowEndpoints();
app.PrintSignInHelpWhenStarted();
await app.RunAsync();
return 0;

/// <summary>The entry point, public so that integration tests can host LabFlow in-process.</summary>
public partial class Program;
