using System.Text.Json.Serialization;

namespace LabFlow.Workflows.Definitions;

/// <summary>A connection from an outcome port of one activity to another activity.</summary>
public sealed record ConnectionDefinition
{
    /// <summary>The outcome every activity has when it declares no other.</summary>
    public const string DefaultOutcome = "Done";

    public required string From { get; init; }

    /// <summary>The outcome port; <see cref="DefaultOutcome"/> when the file leaves it out.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    [JsonPropertyOrder(1)]
    public string? Outcome { get; init; }

    [JsonPropertyOrder(2)]
    public required string To { get; init; }

    /// <summary>The effective outcome port.</summary>
    [JsonIgnore]
    public string OutcomeOrDefault => Outcome ?? DefaultOutcome;
}
