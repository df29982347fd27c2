using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace LabFlow.Activities.Forms;

/// <summary>
/// Forms parsed once per form text, for the life of the process: every completion validates its answers against the
/// task's form, and parsing it again each time was about 6 % of a completion's allocations (issue 17). The key is the
/// form's JSON text itself, so two texts never share a result and nothing can go stale: a task's form is copied from
/// its step when the task is created, a published flow version never changes, and a changed form is a different
/// text. The results are shared between requests, so callers only read them (<see cref="FormDefinition"/> and its
/// fields are immutable records; a field's <see cref="FormField.Initial"/> is a node of its own no caller changes).
/// Bounded: past <see cref="Capacity"/> forms it starts over rather than grow without end.
/// </summary>
public sealed class ParsedForms
{
    internal const int Capacity = 512;

    private readonly ConcurrentDictionary<string, FormParseResult> _results = new(StringComparer.Ordinal);

    internal int Count => _results.Count;

    /// <summary>What <see cref="FormDefinitionParser.Parse"/> gives for <paramref name="form"/>.</summary>
    public FormParseResult Parse(JsonArray? form)
    {
        if (form is null)
        {
            return FormDefinitionParser.Parse(null);
        }

        var text = form.ToJsonString();
        if (_results.TryGetValue(text, out var known))
        {
            return known;
        }

        // Parsed from a copy of the text: the shared result must not hold nodes of the caller's tree.
        var parsed = FormDefinitionParser.Parse(JsonNode.Parse(text));
        if (_results.Count >= Capacity)
        {
            _results.Clear();
        }

        return _results.GetOrAdd(text, parsed);
    }
}
