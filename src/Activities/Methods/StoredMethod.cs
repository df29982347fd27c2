namespace LabFlow.Activities.Methods;

/// <summary>One version of a method as the library keeps it.</summary>
/// <param name="Version">1 for the first; every change (a designer's edit, a changed shipped file) adds one.</param>
/// <param name="Origin"><c>file:{name}.json</c> for a version imported from a shipped file, else <c>designer:{personId}</c>.</param>
/// <param name="ContentHash">The SHA-256 of the shipped file a version was imported from; <c>null</c> for a designer's version.</param>
public sealed record StoredMethod(LabMethod Method, int Version, string Origin, string? ContentHash, DateTimeOffset CreatedAt)
{
    public const string FileOriginPrefix = "file:";
    public const string DesignerOriginPrefix = "designer:";

    public bool IsFromFile => Origin.StartsWith(FileOriginPrefix, StringComparison.Ordinal);
}
