using Microsoft.Playwright;
using Xunit.Abstractions;

namespace LabFlow.EndToEnd.Tests.TestInfrastructure;

/// <summary>
/// One LabFlow Host process (Development, fresh data folder, demo data seeded) and one headless Chromium for the
/// whole browser collection; each test opens its own browser context (<see cref="NewSessionAsync"/>), so cookies
/// never leak between tests.
/// </summary>
public sealed class LabFlowBrowserFixture : IAsyncLifetime
{
    // The first start migrates a new SQLite database and seeds the demo lab: on two cores shared with other builds
    // (a load average of 40 and more) that has taken over two minutes.
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(240);

    private readonly string _folder = Directory.CreateTempSubdirectory("labflow-e2e-").FullName;
    private LabFlowHostProcess? _host;
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private E2ELab? _lab;

    internal LabFlowHostProcess Host => _host ?? throw new InvalidOperationException("The LabFlow Host has not started.");

    public Uri BaseAddress => Host.BaseAddress;

    /// <summary>The lab launched for these tests through the API, with open preparation tasks for the demo people.</summary>
    public E2ELab Lab => _lab ?? throw new InvalidOperationException("The browser tests' lab has not been launched.");

    /// <summary>The emails the Host has sent (its pickup folder).</summary>
    internal MailPickup Mail => new(Host.MailPickupPath);

    /// <summary>Everything the Host printed so far (request lines, warnings), for failure messages.</summary>
    public string HostOutput => _host?.Output ?? string.Empty;

    public async Task InitializeAsync()
    {
        if (Chromium.SkipReason is not null)
        {
            // Every test of the collection is skipped: start nothing.
            return;
        }

        if (!Chromium.IsInstalled)
        {
            throw new InvalidOperationException(
                $"{Chromium.ExecutablePath} is missing, and CI=true means browser tests must run: install Debian's chromium (./test.sh does, with apt-get install -y chromium).");
        }

        // A Blazor page renders over its circuit after the HTML arrives; on two busy cores that takes longer than
        // Playwright's 5 s default for assertions.
        Assertions.SetDefaultExpectTimeout(15_000);
        _host = LabFlowHostProcess.Start(Path.Combine(_folder, "data"));
        var healthy = _host.WaitUntilHealthyAsync(StartTimeout);

        // Chromium starts while the Host migrates and seeds.
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium.ExecutablePath,
            Headless = true,
            Args = [.. Chromium.Arguments],
        });
        await healthy;

        _lab = await LaunchLabAsync(E2ELab.DefaultTitle);
    }

    /// <summary>
    /// Launches another lab as the demo facilitator through the API, starting in 30 days as the demo lab does, so its
    /// preparation tasks are open today. For a test that changes a lab (completes a task) and so must not share it.
    /// </summary>
    public async Task<E2ELab> LaunchLabAsync(string title)
    {
        using var facilitator = await LabFlowApiClient.SignInAsync(BaseAddress, DemoPeople.Facilitator, CancellationToken.None);
        var today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
        return await facilitator.LaunchLabAsync(title, today.AddDays(30), CancellationToken.None);
    }

    /// <summary>A new browser context (own cookies and storage) with one page on the Host, in Swedish like a Göteborg user's browser.</summary>
    public async Task<BrowserSession> NewSessionAsync(ITestOutputHelper output, string testName)
    {
        var browser = _browser ?? throw new InvalidOperationException("Chromium has not started.");
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            Locale = "sv-SE",
            TimezoneId = "Europe/Stockholm",
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        context.SetDefaultTimeout(20_000);
        var page = await context.NewPageAsync();
        return new BrowserSession(this, context, page, output, testName);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open is left to the temp folder's cleanup rather than failing the run.
        }
    }
}
