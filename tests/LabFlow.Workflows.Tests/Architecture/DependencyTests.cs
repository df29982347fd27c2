using LabFlow.Workflows.Definitions;

namespace LabFlow.Workflows.Tests.Architecture;

/// <summary>The engine core stays free of infrastructure: the Host owns EF Core, Hangfire, email and ASP.NET Core.</summary>
public sealed class DependencyTests
{
    private static readonly string[] ForbiddenPrefixes =
    [
        "Microsoft.EntityFrameworkCore",
        "Hangfire",
        "MailKit",
        "MimeKit",
        "Microsoft.AspNetCore",
    ];

    [Fact]
    public void WorkflowsAssembly_ReferencesNoInfrastructure_WhenInspected()
    {
        var referenced = typeof(WorkflowDefinition).Assembly.GetReferencedAssemblies().Select(a => a.Name ?? string.Empty);

        var offending = referenced
            .Where(name => ForbiddenPrefixes.Any(prefix => name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)))
            .ToList();

        Assert.True(
            offending.Count == 0,
            $"LabFlow.Workflows must not reference {string.Join(", ", offending)}; move that code to LabFlow.Host (see DESIGN.md, Projects and dependency direction).");
    }

    [Fact]
    public void WorkflowsAssembly_ReferencesItsOwnLibraries_WhenInspected()
    {
        // Guards the test above against inspecting the wrong assembly: the engine's own libraries must show up.
        var referenced = typeof(WorkflowDefinition).Assembly.GetReferencedAssemblies().Select(a => a.Name).ToList();

        Assert.Contains("Jint", referenced);
        Assert.Contains("Fluid", referenced);
    }
}
