using System.Reflection;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace LabFlow.EndToEnd.Tests.TestInfrastructure;

/// <summary>
/// One test's browser context and page. <see cref="RunAsync"/> runs the test's steps; when one fails it saves a
/// full-page screenshot and the page's HTML under TestResults/LabFlow.EndToEnd.Tests/failures and prints where,
/// with the browser's console errors and the end of the Host's output.
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private readonly LabFlowBrowserFixture _fixture;
    private readonly IBrowserContext _context;
    private readonly ITestOutputHelper _output;
    private readonly string _testName;
    private readonly List<string> _browserErrors = [];
    private readonly BlazorCircuits _circuits;

    internal BrowserSession(LabFlowBrowserFixture fixture, IBrowserContext context, IPage page, ITestOutputHelper output, string testName)
    {
        _fixture = fixture;
        _context = context;
        _output = output;
        _testName = testName;
        Page = page;
        _circuits = new BlazorCircuits(page);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                lock (_browserErrors)
                {
                    _browserErrors.Add($"console: {message.Text}");
                }
            }
        };
        page.PageError += (_, error) =>
        {
            lock (_browserErrors)
            {
                _browserErrors.Add($"page error: {error}");
            }
        };
    }

    private static readonly TimeSpan InteractiveTimeout = TimeSpan.FromSeconds(20);

    public IPage Page { get; }

    public E2ELab Lab => _fixture.Lab;

    public Uri BaseAddress => _fixture.BaseAddress;

    /// <summary>The folder failure screenshots go to (beside the test results that ./test.sh writes).</summary>
    public static string FailureDirectory =>
        typeof(BrowserSession).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "LabFlowFailureDirectory").Value
        ?? throw new InvalidOperationException("The test assembly does not name its failure folder.");

    /// <summary>Opens an interactive page and waits until its Blazor circuit has rendered (its handlers work).</summary>
    public Task GotoInteractiveAsync(string url) => InteractiveAfterAsync(() => Page.GotoAsync(url));

    /// <summary>
    /// Does something that loads a new interactive page (a form post and its redirect, a first visit) and waits until
    /// that page's Blazor circuit has rendered.
    /// </summary>
    public async Task InteractiveAfterAsync(Func<Task> action)
    {
        var before = _circuits.Count;
        await action();
        await _circuits.WaitForMoreThanAsync(before, InteractiveTimeout);
    }

    /// <summary>
    /// Signs in through the login page as a user does and waits until the page it lands on (Mina uppgifter unless
    /// the login page was sent a return address) is interactive.
    /// </summary>
    internal async Task SignInAsync(DemoPerson person, string password = DemoPeople.Password)
    {
        if (!Page.Url.Contains("/account/login", StringComparison.Ordinal))
        {
            await Page.GotoAsync("/account/login");
        }

        await Page.GetByLabel("E-postadress", new() { Exact = true }).FillAsync(person.Email);
        await Page.GetByLabel("Lösenord", new() { Exact = true }).FillAsync(password);
        await InteractiveAfterAsync(() => Page.GetByRole(AriaRole.Button, new() { Name = "Logga in", Exact = true }).ClickAsync());
    }

    public async Task RunAsync(Func<IPage, Task> steps)
    {
        try
        {
            await steps(Page);
        }
        catch (Exception)
        {
            await SaveFailureAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync() => await _context.CloseAsync();

    private async Task SaveFailureAsync()
    {
        Directory.CreateDirectory(FailureDirectory);
        var screenshot = Path.Combine(FailureDirectory, _testName + ".png");
        var html = Path.Combine(FailureDirectory, _testName + ".html");
        try
        {
            await Page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true, Timeout = 10_000 });
            await File.WriteAllTextAsync(html, await Page.ContentAsync());
            _output.WriteLine($"Failed at {Page.Url}. Screenshot: {screenshot}; HTML: {html}");
        }
        catch (PlaywrightException exception)
        {
            _output.WriteLine($"Failed at {Page.Url}; no screenshot ({exception.Message}).");
        }

        lock (_browserErrors)
        {
            foreach (var error in _browserErrors)
            {
                _output.WriteLine(error);
            }
        }

        var hostOutput = _fixture.HostOutput.Split('\n');
        _output.WriteLine("Last lines the LabFlow Host printed:");
        _output.WriteLine(string.Join('\n', hostOutput.TakeLast(40)));
    }
}
