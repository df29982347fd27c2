using System.Globalization;
using LabFlow.Activities.Messages;

namespace LabFlow.Host.Api;

/// <summary>
/// Versions on the wire: GET of a task or a lab answers <c>ETag: "&lt;version&gt;"</c>, and a command that sets a
/// value (reassign, move a due date, move a start date) carries the version its caller read, as <c>If-Match</c> with
/// that ETag or as a <c>version</c> field in its body. Without either it answers 428 Precondition Required, so a
/// script cannot overwrite a change it never saw; a stale version answers 409 (the lab domain decides).
/// </summary>
internal static class ResourceVersions
{
    public static string ETag(long version) => $"\"{version.ToString(CultureInfo.InvariantCulture)}\"";

    /// <summary>Sets the response's <c>ETag</c> to <paramref name="version"/>.</summary>
    public static void SetETag(this HttpResponse response, long version) => response.Headers.ETag = ETag(version);

    /// <summary>
    /// The version the caller read: <c>If-Match</c> or <paramref name="bodyVersion"/>. A problem (400 or 428) when
    /// both are missing, when <c>If-Match</c> is not one version's ETag, or when the two disagree.
    /// </summary>
    /// <param name="readFrom">Where the caller reads the version, for the message (<c>GET /api/v1/tasks/{id}</c>).</param>
    public static bool TryRead(HttpRequest request, long? bodyVersion, string readFrom, out long version, out IResult? problem)
    {
        version = 0;
        problem = null;
        var ifMatch = request.Headers.IfMatch.ToString().Trim();
        long? headerVersion = null;
        if (ifMatch.Length > 0)
        {
            var tag = ifMatch.StartsWith("W/", StringComparison.Ordinal) ? ifMatch[2..] : ifMatch;
            if (!long.TryParse(tag.Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
            {
                problem = ApiProblems.Validation(
                    new Dictionary<string, string[]> { ["If-Match"] = [$"If-Match must be the one ETag that {readFrom} answered, such as \"3\" (it was {ifMatch})."] });
                return false;
            }

            headerVersion = parsed;
        }

        if (headerVersion is { } header && bodyVersion is { } body && header != body)
        {
            problem = ApiProblems.Validation(
                new Dictionary<string, string[]>
                {
                    ["version"] = [ApiRefusalMessages.VersionsDisagree.With(("body", body), ("ifMatch", ifMatch), ("readFrom", readFrom)).In(MessageCatalogue.CurrentLanguage)],
                });
            return false;
        }

        if ((headerVersion ?? bodyVersion) is not { } read)
        {
            problem = TypedResults.Problem(
                detail: ApiRefusalMessages.VersionRequired.With(("readFrom", readFrom)).In(MessageCatalogue.CurrentLanguage),
                statusCode: StatusCodes.Status428PreconditionRequired,
                title: ApiRefusalMessages.VersionRequiredTitle.Message.In(MessageCatalogue.CurrentLanguage));
            return false;
        }

        version = read;
        return true;
    }
}
