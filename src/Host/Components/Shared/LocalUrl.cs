namespace LabFlow.Host.Components.Shared;

/// <summary>Return addresses from a query string or a form: only a local path, never another site.</summary>
internal static class LocalUrl
{
    // An open redirect would let a phishing link bounce through LabFlow's sign-in.
    public static string OrRoot(string? url) =>
        url is { Length: > 0 } && url[0] == '/' && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal)
            ? url
            : "/";
}
