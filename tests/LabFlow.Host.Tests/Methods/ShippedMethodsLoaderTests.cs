using LabFlow.Host.Configuration;
using LabFlow.Host.Infrastructure.Methods;
using LabFlow.Host.Tests.TestInfrastructure;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LabFlow.Host.Tests.Methods;

/// <summary>The start-up check of the method files: a broken file stops start-up and names the file, the JSON path and the fix.</summary>
public sealed class ShippedMethodsLoaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("labflow-methods-").FullName;
    private readonly TestLogs _logs = new();

    [Fact]
    public async Task LoadAsync_LoadsEveryShippedMethod_WhenTheFolderIsTheShippedOne()
    {
        var loader = Loader(Path.Combine(AppContext.BaseDirectory, "workflows-json", "methods"));

        var methods = await loader.LoadAsync(CancellationToken.None);

        Assert.NotNull(methods);
        Assert.InRange(methods.Count, 20, 30);
        Assert.Contains(methods, m => m.FileName == "crazy-8s.json" && m.Method.Id == "crazy-8s" && m.ContentHash.Length == 64);
    }

    [Fact]
    public async Task LoadAsync_StopsStartUpNamingFileAndPath_WhenAFileIsBrokenOrAnIdIsTaken()
    {
        var shipped = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "workflows-json", "methods", "crazy-8s.json"));
        await File.WriteAllTextAsync(Path.Combine(_folder, "a-crazy.json"), shipped);
        await File.WriteAllTextAsync(Path.Combine(_folder, "b-copy.json"), shipped);
        await File.WriteAllTextAsync(Path.Combine(_folder, "c-broken.json"), shipped.Replace("\"min\": 15", "\"min\": \"15\"", StringComparison.Ordinal));

        var methods = await Loader(_folder).LoadAsync(CancellationToken.None);

        Assert.Null(methods);
        Assert.Equal(
            [
                "b-copy.json: $.id: Method id 'crazy-8s' is also used by a-crazy.json; give each method its own id.",
                "c-broken.json: $.minutes: Give the time in minutes as an object with the whole numbers \"min\" and \"max\", such as { \"min\": 15, \"max\": 45 }.",
                $"LabFlow did not start: 2 method file(s) in {_folder} are not valid. Fix the errors above and start again.",
            ],
            _logs.At(LogLevel.Critical));
    }

    public void Dispose()
    {
        _logs.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private ShippedMethodsLoader Loader(string folder) =>
        new(Options.Create(new LabFlowOptions { MethodsPath = folder }), new Logger<ShippedMethodsLoader>(LoggerFactory.Create(b => b.AddProvider(_logs))));
}
