namespace LabFlow.EndToEnd.Tests.TestInfrastructure;

/// <summary>
/// Debian's Chromium, which Playwright drives (never <c>playwright install</c>: it downloads, and fails here).
/// ./test.sh installs it with apt when it is missing.
/// </summary>
internal static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    /// <summary>Headless Chromium as root in a container, without the background traffic a test does not want.</summary>
    public static IReadOnlyList<string> Arguments { get; } =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
    ];

    public static bool IsInstalled => File.Exists(ExecutablePath);

    /// <summary>
    /// Why browser tests are skipped, or <c>null</c> when they run. Under CI=true they always run, so a missing
    /// Chromium fails them instead of passing them by.
    /// </summary>
    public static string? SkipReason =>
        !IsInstalled && !IsCi
            ? $"{ExecutablePath} is missing (./test.sh installs Debian's chromium; or apt-get install -y chromium); browser tests are skipped outside CI."
            : null;

    private static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
}
