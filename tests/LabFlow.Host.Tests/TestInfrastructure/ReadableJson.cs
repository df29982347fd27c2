using System.Text.Encodings.Web;
using System.Text.Json;

namespace LabFlow.Host.Tests.TestInfrastructure;

/// <summary>JSON as a person would read it (å, ä and ö unescaped), so a test can look for texts in a serialised row.</summary>
internal static class ReadableJson
{
    public static JsonSerializerOptions Options { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
