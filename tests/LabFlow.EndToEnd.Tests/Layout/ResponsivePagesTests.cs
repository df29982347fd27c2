using System.Globalization;
using LabFlow.EndToEnd.Tests.Accessibility;
using LabFlow.EndToEnd.Tests.TestInfrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace LabFlow.EndToEnd.Tests.Layout;

/// <summary>
/// Every page of the README's page table, as the role that uses it, on two phones and a laptop: no page scrolls
/// sideways and axe finds no WCAG 2.1 AA violation. Long names are seeded (the longest administration name, a lab
/// title of 200 characters, a lab with over 40 open tasks) because they are what breaks a narrow layout. Each page's
/// screenshot goes to TestResults/LabFlow.EndToEnd.Tests/screenshots/&lt;width&gt;x&lt;height&gt;/ for a reviewer.
/// To keep the run short each role signs in once in its own browser context, two roles walk at a time, and each page
/// is loaded once and then resized (narrowest first) instead of loaded again per screen size; every size still gets
/// its own overflow check, axe scan and screenshot, taken once the page has settled at that size.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ResponsivePagesTests(LabFlowBrowserFixture fixture, ITestOutputHelper output)
{
    public const string LongAdministrationId = "arbetsmarknad-och-vuxenutbildningsforvaltningen";

    private const int AdHocTaskCount = 40;

    /// <summary>
    /// Roles walked at the same time. The Host, Chromium and the test share two cores; two walks keep both busy while
    /// one waits for the other's round trips, more only queue.
    /// </summary>
    private const int ConcurrentRoles = 2;

    /// <summary>
    /// The width from which the layout's responsive drawer (MudBlazor's Md breakpoint) is open; below it the drawer
    /// is closed. Crossing it re-renders the layout over the circuit, so a resized interactive page has settled
    /// when the drawer shows the state of that width.
    /// </summary>
    private const int DrawerOpenFromWidth = 960;

    /// <summary>Narrowest first: a page loads at the phone size, where layouts break, and is then resized up.</summary>
    private static readonly IReadOnlyList<ViewportSize> ScreenSizes =
    [
        new() { Width = 360, Height = 740 },
        new() { Width = 390, Height = 844 },
        new() { Width = 1366, Height = 768 },
    ];

    /// <summary>
    /// The widest thing on the page, the outermost elements reaching past the right edge (at most eight), so a
    /// failure says what to fix; empty when the page fits.
    /// </summary>
    private const string OverflowScript = """
        () => {
          const width = window.innerWidth;
          const scrollWidth = document.documentElement.scrollWidth;
          if (scrollWidth <= width) return '';
          const wide = [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > width + 1);
          const outermost = wide.filter(e => !wide.includes(e.parentElement)).slice(0, 8);
          const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
            + (typeof e.className === 'string' && e.className.trim() ? '.' + e.className.trim().split(/\s+/).join('.') : '');
          return `scrollWidth ${scrollWidth} > innerWidth ${width}; past the edge: `
            + outermost.map(e => `${name(e)} (right ${Math.round(e.getBoundingClientRect().right)})`).join(', ');
        }
        """;

    /// <summary>
    /// Resolves once the drawer shows the state of the current width (interactive pages only; a server-rendered
    /// page has no circuit to change it), then once every CSS transition the resize started has finished. Fails
    /// after 15 s, naming the drawer's classes, rather than waiting for ever.
    /// </summary>
    private const string SettledScript = """
        async ([interactive, openFrom]) => {
          const drawer = document.querySelector('.mud-drawer');
          const wanted = window.innerWidth >= openFrom ? 'mud-drawer--open' : 'mud-drawer--closed';
          // 'mud-drawer--initial': the server has not yet told the drawer its state, so MudBlazor's media queries
          // show or hide it by the width alone (a heavy interactive page, such as the designer, may stay so).
          const settled = () => drawer.classList.contains(wanted) || drawer.classList.contains('mud-drawer--initial');
          if (interactive && drawer && !settled()) {
            await new Promise((resolve, reject) => {
              const observer = new MutationObserver(() => {
                if (settled()) { observer.disconnect(); clearTimeout(timer); resolve(); }
              });
              const timer = setTimeout(() => {
                observer.disconnect();
                reject(new Error(`the drawer did not become ${wanted} at ${window.innerWidth} px within 15 s (classes: ${drawer.className})`));
              }, 15000);
              observer.observe(drawer, { attributes: true, attributeFilter: ['class'] });
            });
          }
          await Promise.all(document.getAnimations().map(a => a.finished.catch(() => {})));
          await new Promise(resolve => requestAnimationFrame(() => resolve()));
        }
        """;

    /// <summary>A lab title of exactly 200 characters (the longest a title may be), in words as a person writes one.</summary>
    internal static string LongLabTitle { get; } = MakeLongTitle();

    private static string ScreenshotDirectory =>
        Path.Combine(Path.GetDirectoryName(BrowserSession.FailureDirectory.TrimEnd('/', '\\'))!, "screenshots");

    [BrowserFact]
    public async Task EveryPage_FitsTheScreenWithoutAxeViolations_AtPhoneAndLaptopSizes()
    {
        // Arrange
        var seeded = await SeedLongNamesAsync();
        var roles = Visits(seeded).GroupBy(v => v.Person).ToList();
        using var slots = new SemaphoreSlim(ConcurrentRoles);

        // Act
        var walks = await Task.WhenAll(roles.Select(role => WalkAsync(role, slots)));
        var problems = walks.SelectMany(w => w.Problems).ToList();
        var checkedPages = walks.Sum(w => w.PageViews);
        output.WriteLine($"Checked {checkedPages} page views; screenshots in {ScreenshotDirectory}.");

        // Assert
        Assert.True(problems.Count == 0, $"{problems.Count} problem(s) in {checkedPages} page views:\n{string.Join("\n", problems)}");
    }

    /// <summary>One role's pages in its own browser context, signed in once; each page at every screen size.</summary>
    private async Task<RoleWalk> WalkAsync(IGrouping<DemoPerson?, PageVisit> role, SemaphoreSlim slots)
    {
        await slots.WaitAsync();
        try
        {
            var roleName = role.Key?.Role ?? "Anonymous";
            var problems = new List<string>();
            var pageViews = 0;
            await using var session = await fixture.NewSessionAsync(output, $"{nameof(ResponsivePagesTests)}-{roleName}");
            await session.RunAsync(async page =>
            {
                if (role.Key is { } person)
                {
                    await session.SignInAsync(person);
                }

                foreach (var visit in role)
                {
                    await page.SetViewportSizeAsync(ScreenSizes[0].Width, ScreenSizes[0].Height);
                    await OpenAsync(session, visit);
                    foreach (var size in ScreenSizes)
                    {
                        await page.SetViewportSizeAsync(size.Width, size.Height);
                        await page.EvaluateAsync(SettledScript, new object[] { visit.Interactive, DrawerOpenFromWidth });
                        problems.AddRange(await CheckAsync(page, visit, roleName, size));
                        pageViews++;
                    }
                }
            });
            return new RoleWalk(problems, pageViews);
        }
        finally
        {
            slots.Release();
        }
    }

    private static async Task OpenAsync(BrowserSession session, PageVisit visit)
    {
        if (visit.Interactive)
        {
            await session.GotoInteractiveAsync(visit.Path);
        }
        else
        {
            await session.Page.GotoAsync(visit.Path);
        }

        await session.Page.Locator("h1").First.WaitForAsync();
        // The interactive HeadOutlet renders the title again when the circuit starts, and for a moment there is none:
        // scan the page as a person finds it once loaded (a page that never gets a title still fails, here).
        await session.Page.WaitForFunctionAsync("() => document.title.trim().length > 0");
    }

    private static async Task<IReadOnlyList<string>> CheckAsync(IPage page, PageVisit visit, string role, ViewportSize size)
    {
        var what = $"{visit.Name} as {role} at {size.Width}x{size.Height}";
        var problems = new List<string>();
        if (await page.EvaluateAsync<string>(OverflowScript) is { Length: > 0 } overflow)
        {
            problems.Add($"- {what} ({visit.Path}) scrolls sideways: {overflow}");
        }

        if (await AxeAssert.ViolationsAsync(page, what) is { } violations)
        {
            problems.Add("- " + violations);
        }

        var folder = Path.Combine(ScreenshotDirectory, $"{size.Width}x{size.Height}");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(folder, $"{role}-{visit.Name}.png".ToLowerInvariant()),
            FullPage = true,
        });
        return problems;
    }

    /// <summary>The README's page table, each page as the role that uses it (null: nobody signed in).</summary>
    private static List<PageVisit> Visits(SeededNames seeded) =>
    [
        new(null, "login", "/account/login", Interactive: false),
        new(null, "forgot-password", "/account/forgot-password", Interactive: false),
        new(null, "reset-password-damaged", "/account/reset-password?user=x&token=y", Interactive: false),
        new(null, "accept-invitation-damaged", "/account/accept-invitation?user=x&token=y", Interactive: false),
        new(null, "accessibility", "/accessibility", Interactive: false),
        new(null, "not-found", "/no-such-page", Interactive: false),
        new(DemoPeople.Coordinator, "my-tasks", "/tasks", Interactive: true),
        new(DemoPeople.Coordinator, "task", $"/tasks/{seeded.TaskId}", Interactive: true),
        new(DemoPeople.Coordinator, "lab-as-member", $"/labs/{seeded.LabId}", Interactive: true),
        new(DemoPeople.Coordinator, "settings", "/settings", Interactive: true),
        new(DemoPeople.Coordinator, "access-denied", "/account/access-denied", Interactive: false),
        new(DemoPeople.Facilitator, "labs", "/labs", Interactive: true),
        new(DemoPeople.Facilitator, "launch-lab", "/labs/new", Interactive: true),
        new(DemoPeople.Facilitator, "lab-managed", $"/labs/{seeded.LabId}", Interactive: true),
        new(DemoPeople.Designer, "flows", "/flows", Interactive: true),
        new(DemoPeople.Designer, "flow-designer", "/flows/social-innovation-lab/design", Interactive: true),
        new(DemoPeople.Designer, "flow-inbox", "/flows/social-innovation-lab/inbox", Interactive: true),
        new(DemoPeople.Designer, "flow-statistics", "/flows/social-innovation-lab/statistics", Interactive: true),
        new(DemoPeople.Admin, "people", "/admin/people", Interactive: true),
        new(DemoPeople.Admin, "person", $"/admin/people/{seeded.PersonId}", Interactive: true),
        new(DemoPeople.Admin, "invite-person", "/admin/people/invite", Interactive: true),
        new(DemoPeople.Admin, "invite-many", "/admin/people/invite-many", Interactive: true),
        new(DemoPeople.Admin, "holidays", "/admin/holidays", Interactive: true),
        new(DemoPeople.Admin, "administrations", "/admin/administrations", Interactive: true),
        new(DemoPeople.Coordinator, "methods", "/methods", Interactive: true),
        new(DemoPeople.Facilitator, "method", "/methods/crazy-8s", Interactive: true),
        new(DemoPeople.Designer, "method-editor", "/methods/crazy-8s/edit", Interactive: true),
        new(DemoPeople.Admin, "access-log", "/admin/access-log", Interactive: true),
        new(DemoPeople.Coordinator, "knowledge", "/knowledge?q=förskolan", Interactive: true),
        new(DemoPeople.Facilitator, "lab-knowledge", $"/labs/{seeded.LabId}/knowledge", Interactive: true),
        new(DemoPeople.Admin, "project", "/project", Interactive: true),
    ];

    /// <summary>
    /// Through the public API: a person with a long name in the administration with the longest name, and a lab with
    /// a 200-character title whose coordinator has <see cref="AdHocTaskCount"/> extra open tasks.
    /// </summary>
    private async Task<SeededNames> SeedLongNamesAsync()
    {
        var lab = await fixture.LaunchLabAsync(LongLabTitle);
        var today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
        using var facilitator = await LabFlowApiClient.SignInAsync(fixture.BaseAddress, DemoPeople.Facilitator, CancellationToken.None);
        var firstTask = Guid.Empty;
        for (var i = 1; i <= AdHocTaskCount; i++)
        {
            var title = string.Create(CultureInfo.InvariantCulture, $"Sammanställ underlag från Arbetsmarknads- och vuxenutbildningsförvaltningen, del {i}");
            var id = await facilitator.AddAdHocTaskAsync(lab.Id, title, DemoPeople.Coordinator.Id, today.AddDays(7 + i), CancellationToken.None);
            firstTask = firstTask == Guid.Empty ? id : firstTask;
        }

        using var admin = await LabFlowApiClient.SignInAsync(fixture.BaseAddress, DemoPeople.Admin, CancellationToken.None);
        var personId = await admin.CreatePersonAsync(
            "Maximiliana Vuxenutbildningsdotter-Arbetsmarknadsförvaltningsson",
            $"maximiliana.{Guid.NewGuid():N}@arbetsmarknad-och-vuxenutbildningsforvaltningen.example",
            LongAdministrationId,
            "Facilitator",
            CancellationToken.None);
        return new SeededNames(lab.Id, firstTask, personId);
    }

    private static string MakeLongTitle()
    {
        const string Words = "Hur kan Arbetsmarknads- och vuxenutbildningsförvaltningen tillsammans med grundskolan, föreningslivet och de boende göra vägen till arbete och studier tryggare, enklare och mer jämlik för unga vuxna i nordost ";
        var title = string.Concat(Enumerable.Repeat(Words, 2))[..200];
        return title.EndsWith(' ') ? title[..199] + "x" : title;
    }

    private sealed record RoleWalk(IReadOnlyList<string> Problems, int PageViews);

    private sealed record PageVisit(DemoPerson? Person, string Name, string Path, bool Interactive);

    private sealed record SeededNames(Guid LabId, Guid TaskId, Guid PersonId);
}
