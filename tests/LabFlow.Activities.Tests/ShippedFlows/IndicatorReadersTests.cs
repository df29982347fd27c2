using System.Text.Json.Nodes;
using LabFlow.Activities.Forms;
using LabFlow.Activities.Organisation;
using LabFlow.Activities.Tasks;

namespace LabFlow.Activities.Tests.ShippedFlows;

/// <summary>
/// The shipped flows let the project team read the indicator steps through the one read rule: each step holding an
/// indicators-by-sex table names the project roles among its readers, and still names the lab's own roles.
/// </summary>
public sealed class IndicatorReadersTests
{
    private static readonly Role[] ProjectRoles = [Role.ProjectLead, Role.TrainingCoordinator, Role.ProjectCommunicator, Role.EconomistAdministrator, Role.ProjectHR];

    [Fact]
    public void IndicatorSteps_NameEveryProjectRoleAndTheFacilitatorAsReaders_InEveryShippedFlow()
    {
        // Arrange
        var steps = RepositoryPaths.FlowFiles
            .SelectMany(file => JsonNode.Parse(File.ReadAllText(file))!["activities"]!.AsArray().OfType<JsonObject>().Select(a => (File: Path.GetFileName(file), Step: a)))
            .Where(s => s.Step["inputs"]?["form"] is JsonArray form && form.OfType<JsonObject>().Any(f =>
                f["preset"]?.GetValue<string>() is FormPresets.IndicatorsBySex or FormPresets.IndicatorsBySexFollowUp))
            .ToList();

        // Act
        var missing = steps
            .Select(s => (s.File, Id: s.Step["id"]!.GetValue<string>(), Readers: StepReaders.Of(s.Step["inputs"]!["readers"], s.Step["inputs"]!["form"] as JsonArray)))
            .Where(s => s.Readers is null || !ProjectRoles.Append(Role.Facilitator).All(s.Readers.Roles.Contains) || !s.Readers.Doers)
            .Select(s => $"{s.File}: {s.Id}")
            .ToList();

        // Assert
        Assert.True(steps.Count >= 6, $"Expected the lab's and leading change's indicator steps, found {steps.Count}.");
        Assert.Empty(missing);
    }
}
