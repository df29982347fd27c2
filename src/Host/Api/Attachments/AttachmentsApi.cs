using System.Security.Claims;
using LabFlow.Activities.Attachments;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Messages;
using LabFlow.Host.Authorization;
using Microsoft.AspNetCore.Http.Features;

namespace LabFlow.Host.Api.Attachments;

/// <summary>
/// Files of File fields: <c>POST /api/v1/tasks/{id}/attachments</c> and <c>POST /api/v1/collections/{id}/attachments</c>
/// upload one (multipart: <c>field</c>, <c>file</c>) and answer its id; <c>GET /api/v1/attachments/{id}</c> and
/// <c>…/thumbnail</c> serve it. <see cref="AttachmentService"/> decides everything; files are always served as a
/// download that the browser may not sniff into HTML or script.
/// </summary>
internal static class AttachmentsApi
{
    /// <summary>Room for the multipart envelope and the other field around the file itself.</summary>
    private const long EnvelopeBytes = 64 * 1024;

    public static RouteGroupBuilder MapAttachmentsApi(this RouteGroupBuilder api)
    {
        api.MapPost("/tasks/{id:guid}/attachments", UploadForTaskAsync).WithTags("Tasks").RequireAuthorization(LabFlowPolicies.SignedIn);
        api.MapPost("/collections/{id:guid}/attachments", UploadForIdeaAsync).WithTags("Collections").RequireAuthorization(LabFlowPolicies.SignedIn);
        var attachments = api.MapGroup("/attachments").WithTags("Attachments");
        attachments.MapGet("/{id:guid}", OpenAsync).RequireAuthorization(LabFlowPolicies.SignedIn);
        attachments.MapGet("/{id:guid}/thumbnail", ThumbnailAsync).RequireAuthorization(LabFlowPolicies.SignedIn);
        return api;
    }

    /// <summary>Whether the request is an upload (its body may be as large as the attachment setting, not the API's JSON limit).</summary>
    public static bool IsUpload(HttpRequest request) =>
        HttpMethods.IsPost(request.Method) && request.Path.Value?.EndsWith("/attachments", StringComparison.OrdinalIgnoreCase) == true;

    /// <summary>A file the form or its kind refuses answers 400 with the reason under <c>file</c>; a task that is not the caller's 403.</summary>
    private static async Task<IResult> UploadForTaskAsync(Guid id, HttpRequest request, ClaimsPrincipal user, AttachmentService attachments, CancellationToken cancellationToken)
    {
        var (field, file) = await ReadUploadAsync(request, attachments.MaxBytes, cancellationToken);
        await using var content = file.OpenReadStream();
        var attachment = await attachments.UploadForTaskAsync(id, field, file.FileName, content, user.PersonId(), cancellationToken);
        return TypedResults.Created($"/api/v1/attachments/{attachment.Id}", AttachmentResponse.Of(attachment));
    }

    /// <summary>An idea's photo (or document) on an open board the caller takes part in.</summary>
    private static async Task<IResult> UploadForIdeaAsync(Guid id, HttpRequest request, ClaimsPrincipal user, AttachmentService attachments, CancellationToken cancellationToken)
    {
        var (field, file) = await ReadUploadAsync(request, attachments.MaxBytes, cancellationToken);
        await using var content = file.OpenReadStream();
        var attachment = await attachments.UploadForIdeaAsync(id, field, file.FileName, content, user.PersonId(), cancellationToken);
        return TypedResults.Created($"/api/v1/attachments/{attachment.Id}", AttachmentResponse.Of(attachment));
    }

    private static async Task<IResult> OpenAsync(Guid id, ClaimsPrincipal user, AttachmentService attachments, HttpResponse response, CancellationToken cancellationToken) =>
        Download(response, await attachments.OpenAsync(id, user.PersonId(), cancellationToken));

    private static async Task<IResult> ThumbnailAsync(Guid id, ClaimsPrincipal user, AttachmentService attachments, HttpResponse response, CancellationToken cancellationToken) =>
        Download(response, await attachments.ThumbnailAsync(id, user.PersonId(), cancellationToken));

    /// <summary>
    /// Always a download (an <c>img</c> element still shows a thumbnail), never sniffed, sandboxed should a browser
    /// open it anyway, and without a modification time (an idea's time could be matched to its author's journal).
    /// </summary>
    private static IResult Download(HttpResponse response, AttachmentFile file)
    {
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.ContentSecurityPolicy = "default-src 'none'; sandbox";
        response.Headers.CacheControl = "private, no-cache";
        return TypedResults.File(file.Content, file.ContentType, file.FileName);
    }

    /// <summary>
    /// Reads the multipart form with the body limit raised to the setting (Kestrel's default is about 28 MB). The form
    /// is read here rather than bound, so scripts with a token need no antiforgery token (as for the API's JSON bodies).
    /// </summary>
    private static async Task<(string Field, IFormFile File)> ReadUploadAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        var limit = maxBytes + EnvelopeBytes;
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limit;
        }

        if (!request.HasFormContentType)
        {
            throw LabDomainException.Invalid("file", AttachmentMessages.NoFile.Message);
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = limit }, cancellationToken);
        }
        catch (Exception exception) when (exception is InvalidDataException or BadHttpRequestException)
        {
            // The body went past the limit before the file could be named: the same refusal as a file over the limit.
            throw LabDomainException.Invalid("file", AttachmentMessages.TooLarge.With(("name", "?"), ("max", new AttachmentOptions { MaxBytes = maxBytes }.MaxShown)));
        }

        var file = form.Files.GetFile("file") ?? throw LabDomainException.Invalid("file", AttachmentMessages.NoFile.Message);
        return (form["field"].ToString(), file);
    }
}
