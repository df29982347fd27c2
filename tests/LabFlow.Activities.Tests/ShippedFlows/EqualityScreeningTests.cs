using System.Text.Json.Nodes;
using LabFlow.Workflows.Expressions;

namespace LabFlow.Activities.Tests.ShippedFlows;

/// <summary>
/// SKR's screening rule in the shipped lab: a "no" to point 1 (the decision does not affect women and men) ends the
/// equality assessment and the lab goes on to the concept decision; for a "yes", points 2–5 decide, and a missing
/// point sends the basis back to be completed (never back to prioritising, so there is no loop without a way out).
/// </summary>
public sealed class EqualityScreeningTests
{
    private static readonly JintExpressionEvaluator Expressions = new(new ExpressionOptions());

    private static readonly JsonNode Flow = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.WorkflowsJson, "social-innovation-lab.json")))!;

    [Theory]
    [InlineData("""{ "affectsGroups": "no", "notApplicableReason": "Beslutet gäller lokalernas ventilation." }""", true)]
    [InlineData("""{ "affectsGroups": "yes", "points": { "statisticsBySex": { "checked": true }, "consequencesPerGroup": { "checked": true }, "measuresForDifferences": { "checked": true }, "measuresAgainstGoals": { "checked": true } } }""", true)]
    [InlineData("""{ "affectsGroups": "yes", "points": { "statisticsBySex": { "checked": true }, "consequencesPerGroup": { "checked": false }, "measuresForDifferences": { "checked": true }, "measuresAgainstGoals": { "checked": true } } }""", false)]
    [InlineData("""{ "affectsGroups": "yes" }""", false)]
    public void EqualityOk_PassesAScreenedOutDecision_AndOtherwiseRequiresPointsTwoToFive(string skr, bool expected)
    {
        // Arrange
        var condition = Activity("equalityOk")["inputs"]!["condition"]!["js"]!.GetValue<string>();
        var tasks = new JsonObject { ["equalityCheck"] = new JsonObject { ["skr"] = JsonNode.Parse(skr) } };

        // Act
        var result = Expressions.EvaluateScript(condition, new ExpressionScope(new JsonObject(), new JsonObject(), tasks, new JsonObject(), DateTimeOffset.UnixEpoch));

        // Assert
        Assert.Equal(expected, result!.GetValue<bool>());
    }

    [Fact]
    public void EqualityOk_GoesOnToTheConceptDecision_OrBackToCompletingTheBasis_NeverToPrioritising()
    {
        // Act
        var fromCheck = Targets("equalityOk");

        // Assert
        Assert.Equal([("True", "conceptDecision"), ("False", "completeBasis")], fromCheck);
        Assert.Equal([("Done", "equalityCheck")], Targets("completeBasis"));
    }

    private static JsonNode Activity(string id) =>
        Flow["activities"]!.AsArray().Single(a => a!["id"]!.GetValue<string>() == id)!;

    private static List<(string Outcome, string To)> Targets(string from) =>
        [.. Flow["connections"]!.AsArray()
            .Where(c => c!["from"]!.GetValue<string>() == from)
            .Select(c => (c!["outcome"]?.GetValue<string>() ?? "Done", c["to"]!.GetValue<string>()))
            .OrderBy(t => t.Item1 == "True" ? 0 : 1)];
}
