using System.Text.Json.Nodes;

namespace LabFlow.Workflows.ActivityTypes;

/// <summary>
/// How an activity type's outcomes are known: a fixed list (Decision: True, False), or taken from one of
/// the activity's inputs (a UserTask's <c>actions</c>, a Switch's <c>cases</c> plus <c>Default</c>).
/// </summary>
public abstract record OutcomeSource
{
    public static OutcomeSource Fixed(params string[] outcomes) => new FixedOutcomes(outcomes);

    /// <summary>
    /// Outcomes are the <c>name</c> (or <paramref name="nameProperty"/>) of each element of the array input
    /// <paramref name="inputName"/>, plus <paramref name="additional"/>; <paramref name="whenAbsent"/> when the input is missing.
    /// </summary>
    public static OutcomeSource FromInput(string inputName, string nameProperty = "name", string[]? additional = null, string[]? whenAbsent = null) =>
        new InputOutcomes(inputName, nameProperty, additional ?? [], whenAbsent ?? []);

    /// <summary>The outcomes an activity with these inputs can return.</summary>
    public abstract IReadOnlyList<string> Resolve(JsonObject? inputs);
}

/// <summary>A fixed list of outcomes.</summary>
public sealed record FixedOutcomes(IReadOnlyList<string> Outcomes) : OutcomeSource
{
    public override IReadOnlyList<string> Resolve(JsonObject? inputs) => Outcomes;
}

/// <summary>Outcomes named by the elements of an array input.</summary>
public sealed record InputOutcomes(string InputName, string NameProperty, IReadOnlyList<string> Additional, IReadOnlyList<string> WhenAbsent) : OutcomeSource
{
    public override IReadOnlyList<string> Resolve(JsonObject? inputs)
    {
        if (inputs?[InputName] is not JsonArray items)
        {
            return WhenAbsent;
        }

        var names = items
            .Select(item => item is JsonObject o && o[NameProperty] is JsonValue v && v.TryGetValue<string>(out var name) ? name : null)
            .OfType<string>();
        return [.. names, .. Additional];
    }
}
