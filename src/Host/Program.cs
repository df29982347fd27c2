using LabFlow.Host;

var builder = WebApplication.CreateBuilder(args);
builder.AddLabFlow();

var app = builder.Build();
if (!await app.PrepareLabFlowAsync(app.Lifetime.ApplicationStopping))
{
    return 1;
}

app.MapLabFlowEndpoints();
await app.RunAsync();
return 0;

/// <summary>The entry point, public so that integration tests can host LabFlow in-process.</summary>
public partial class Program;
