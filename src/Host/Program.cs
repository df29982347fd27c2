using LabFlow.Host;
using LabFlow.Host.Infrastructure.Seeding;

var command = LabFlowCommand.Parse(args);
if (command.Error is { } error)
{
    await Console.Error.WriteLineAsync(error);
    return 2;
}

var builder = WebApplication.CreateBuilder(command.HostArguments);
builder.AddLabFlow();

var app = builder.Build();
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
try
{
    await app.RunAsync();
}
catch (Microsoft.Extensions.Options.OptionsValidationException exception)
{
    // A wrong setting found when the server starts: say which, without a stack trace.
    await Console.Error.WriteLineAsync($"LabFlow did not start: {exception.Message}");
    return 1;
}

return 0;

/// <summary>The entry point, public so that integration tests can host LabFlow in-process.</summary>
public partial class Program;
