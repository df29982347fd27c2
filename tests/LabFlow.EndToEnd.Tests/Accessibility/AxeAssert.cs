using System.Globalization;
using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Xunit.Sdk;

namespace LabFlow.EndToEnd.Tests.Accessibility;

/// <summary>
/// The accessibility scan every page gets: axe-core with the WCAG 2.1 A and AA rules. A failure names each
/// violation's rule, impact and help, and the elements that break it, so the message says what to fix.
/// </summary>
internal static class AxeAssert
{
    public static IReadOnlyList<string> WcagTags { get; } = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    /// <summary>Scans the page as it is now (state included, such as an error summary) and fails on any violation.</summary>
    public static async Task NoViolationsAsync(IPage page, string what)
    {
        if (await ViolationsAsync(page, what) is { } violations)
        {
            throw new XunitException(violations);
        }
    }

    /// <summary>Scans the page as it is now; the violations described as <see cref="NoViolationsAsync"/> fails with, or null when there are none.</summary>
    public static async Task<string?> ViolationsAsync(IPage page, string what)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. WcagTags] },
            // Only violations are reported in detail: the passes' nodes make the result many times larger and slower.
            ResultTypes = [ResultType.Violations],
        });

        return result.Violations.Length > 0 ? Describe(what, page.Url, result.Violations) : null;
    }

    internal static string Describe(string what, string url, IEnumerable<AxeResultItem> violations)
    {
        var message = new StringBuilder();
        var list = violations.ToList();
        message.AppendLine(CultureInfo.InvariantCulture, $"{what} ({url}) has {list.Count} WCAG 2.1 AA violation(s):");
        foreach (var violation in list)
        {
            message.AppendLine(CultureInfo.InvariantCulture, $"- {violation.Id} [{violation.Impact}]: {violation.Help} ({violation.HelpUrl})");
            foreach (var node in violation.Nodes)
            {
                message.AppendLine(CultureInfo.InvariantCulture, $"    at {node.Target}: {node.Html}");
                var checks = (node.Any ?? []).Concat(node.All ?? []).Concat(node.None ?? []);
                foreach (var check in checks.Where(c => !string.IsNullOrWhiteSpace(c.Message)))
                {
                    message.AppendLine(CultureInfo.InvariantCulture, $"      {check.Message.ReplaceLineEndings(" ")}");
                }
            }
        }

        return message.ToString();
    }
}
