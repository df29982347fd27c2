using System.Text.Json;
using System.Text.Json.Nodes;

namespace LabFlow.Workflows.Expressions;

/// <summary>
/// The JSON elements of the small whole numbers, made once: a script's number result was turned into its JSON text and
/// parsed back into a new document on every evaluation (issue 17), and most results are counters, days and indexes.
/// Each element is what parsing the number's text gives (a value of its own unpooled document), so a result backed by
/// one converts and serialises exactly as before; elements of a parsed document are immutable and safe to share.
/// </summary>
internal static class ScriptNumbers
{
    private const int Smallest = -128;
    private const int Largest = 1023;

    private static readonly JsonElement[] Elements = Create();

    /// <summary>The shared element of <paramref name="number"/> when it is a whole number in the cached range.</summary>
    public static bool TryGetElement(double number, out JsonElement element)
    {
        // -0 counts as 0: JavaScript's number-to-text (and so JSON.stringify) writes it "0".
        if (number >= Smallest && number <= Largest && Math.Floor(number) == number)
        {
            element = Elements[(int)number - Smallest];
            return true;
        }

        element = default;
        return false;
    }

    private static JsonElement[] Create()
    {
        var elements = new JsonElement[Largest - Smallest + 1];
        for (var i = 0; i < elements.Length; i++)
        {
            // The way the result was made before: JsonNode.Parse of the number's text.
            var text = (i + Smallest).ToString(System.Globalization.CultureInfo.InvariantCulture);
            elements[i] = JsonNode.Parse(text)!.GetValue<JsonElement>();
        }

        return elements;
    }
}
