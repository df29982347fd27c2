namespace LabFlow.Host.Infrastructure.Email;

/// <summary>
/// The address users reach LabFlow at (<c>LabFlow:PublicBaseUrl</c>): links in emails start with it, and its host
/// names Message-IDs and calendar UIDs. Default: <c>http://localhost:5080</c>.
/// </summary>
public sealed class PublicUrlOptions
{
    public const string SectionName = "LabFlow";

    public string PublicBaseUrl { get; set; } = "http://localhost:5080";

    /// <summary>The URL with a trailing slash, so relative links land under it.</summary>
    public Uri ToUri() => new(PublicBaseUrl.EndsWith('/') ? PublicBaseUrl : PublicBaseUrl + "/", UriKind.Absolute);
}
