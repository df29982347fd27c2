using System.Text;
using LabFlow.Activities.Collections;
using LabFlow.Activities.Forms;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Messages;
using LabFlow.Activities.Tasks;

namespace LabFlow.Activities.Attachments;

/// <summary>
/// Files as answers to File fields, for both doors (the API and the pages): the upload's rules (size, kind told from
/// the content, HEIC refused with how to send JPEG, thumbnails), and who reads a file: the uploader, and whoever may
/// read the answers that name it (a task's through <see cref="AnswerReadRule"/>, a board's as the board is shown),
/// never anyone else. A file answers nothing until the task is completed or the idea sent with its id.
/// </summary>
public sealed class AttachmentService(
    IAttachmentStore store,
    IAttachmentImages images,
    AttachmentOptions options,
    ITaskStore tasks,
    TaskService taskService,
    ICollectionStore collections,
    CollectionService collectionService,
    TimeProvider timeProvider)
{
    /// <summary>The longest file name kept (longer names are cut before the extension).</summary>
    public const int FileNameLength = 120;

    /// <summary>The largest file taken, in bytes (<see cref="AttachmentOptions.MaxBytes"/>): pages and the API read no more.</summary>
    public long MaxBytes => options.MaxBytes;

    /// <summary>
    /// The assignee of an open task (or a candidate, or a stand-in) uploads a file to one of its File fields. An earlier
    /// upload of theirs to the same field that no answer names yet is replaced.
    /// </summary>
    /// <exception cref="LabDomainException"><c>not_found</c>/<c>forbidden</c> as for the task; <c>invalid</c> (field <c>file</c>) with what is wrong with the file.</exception>
    public async Task<Attachment> UploadForTaskAsync(Guid taskId, string fieldKey, string fileName, Stream content, Guid personId, CancellationToken cancellationToken)
    {
        // GetAsync applies the task's own rule of who may see it, with the same refusals as the task's page.
        var task = await taskService.GetAsync(taskId, personId, cancellationToken);
        if (!task.IsOpen || !await taskService.MayCompleteAsync(task, personId, cancellationToken))
        {
            throw new LabDomainException(LabErrors.Forbidden, AttachmentMessages.NotYours.With(("taskId", taskId)));
        }

        RequireFileField(task.Form, fieldKey);
        var (kind, bytes, rendition) = await ReadAsync(fileName, content, stripMetadata: false, cancellationToken);
        var attachment = new Attachment(
            Guid.CreateVersion7(timeProvider.GetUtcNow()), task.LabId, task.ActivityId ?? string.Empty, task.Id, null, fieldKey, personId,
            CleanName(fileName, kind), kind, bytes.Length, timeProvider.GetUtcNow(), rendition.Thumbnail is not null);
        await store.AddAsync(attachment, bytes, rendition.Thumbnail, cancellationToken);
        return attachment;
    }

    /// <summary>
    /// A participant of an open idea board uploads a picture or document to a File field of its form (an idea's
    /// photo). Pictures on an anonymous board are re-encoded without their metadata, and no file of a board is served
    /// under the name it was uploaded with, so neither tells who sent it.
    /// </summary>
    public async Task<Attachment> UploadForIdeaAsync(Guid collectionId, string fieldKey, string fileName, Stream content, Guid personId, CancellationToken cancellationToken)
    {
        var collection = await collectionService.RequireOpenForIdeasAsync(collectionId, personId, cancellationToken);
        RequireFileField(collection.Form, fieldKey);
        var (kind, bytes, rendition) = await ReadAsync(fileName, content, stripMetadata: collection.Anonymous, cancellationToken);
        if (rendition.WithoutMetadata is { } cleaned)
        {
            (bytes, kind) = (cleaned, rendition.WithoutMetadataKind ?? kind);
        }

        var id = Guid.CreateVersion7(timeProvider.GetUtcNow());
        var attachment = new Attachment(
            id, collection.LabId, collection.ActivityId, null, collection.Id, fieldKey, personId,
            $"{(AttachmentKinds.IsImage(kind) ? "bild" : "fil")}-{id.ToString("N")[^8..]}{AttachmentKinds.Extension(kind)}",
            kind, bytes.Length, timeProvider.GetUtcNow(), rendition.Thumbnail is not null);
        await store.AddAsync(attachment, bytes, rendition.Thumbnail, cancellationToken);
        return attachment;
    }

    /// <summary>The file, for its uploader and whoever may read the answers that name it.</summary>
    /// <exception cref="LabDomainException"><c>not_found</c>; <c>forbidden</c> for anyone else (or the refusal of the task or board itself).</exception>
    public async Task<AttachmentFile> OpenAsync(Guid attachmentId, Guid viewerId, CancellationToken cancellationToken)
    {
        var attachment = await RequireReadableAsync(attachmentId, viewerId, cancellationToken);
        var content = await store.ReadContentAsync(attachment.Id, cancellationToken) ?? throw NotFound(attachmentId);
        return new AttachmentFile(attachment.FileName, attachment.ContentType, content);
    }

    /// <summary>The file's thumbnail (a picture's), under the same rule as <see cref="OpenAsync"/>; <c>not_found</c> when it has none.</summary>
    public async Task<AttachmentFile> ThumbnailAsync(Guid attachmentId, Guid viewerId, CancellationToken cancellationToken)
    {
        var attachment = await RequireReadableAsync(attachmentId, viewerId, cancellationToken);
        var thumbnail = await store.ReadThumbnailAsync(attachment.Id, cancellationToken);
        if (thumbnail is null || AttachmentSniffer.Sniff(thumbnail).Kind is not { } kind)
        {
            throw NotFound(attachmentId);
        }

        return new AttachmentFile($"{Path.GetFileNameWithoutExtension(attachment.FileName)}-miniatyr{AttachmentKinds.Extension(kind)}", AttachmentKinds.ContentType(kind), thumbnail);
    }

    /// <summary>What a page shows of files it names (name, kind, whether there is a thumbnail), read with <see cref="OpenAsync"/>'s rule by the page's own query.</summary>
    public async Task<IReadOnlyDictionary<Guid, Attachment>> DescribeAsync(IReadOnlyCollection<Guid> attachmentIds, CancellationToken cancellationToken) =>
        attachmentIds.Count == 0 ? new Dictionary<Guid, Attachment>() : (await store.ListAsync(attachmentIds, cancellationToken)).ToDictionary(a => a.Id);

    private async Task<Attachment> RequireReadableAsync(Guid attachmentId, Guid viewerId, CancellationToken cancellationToken)
    {
        var attachment = await store.FindAsync(attachmentId, cancellationToken) ?? throw NotFound(attachmentId);
        if (attachment.UploaderId == viewerId)
        {
            return attachment;
        }

        if (attachment.TaskId is { } taskId)
        {
            // The task's own rule (who sees the task, then who reads its answers) decides; the answers must name the file.
            var task = await taskService.GetAsync(taskId, viewerId, cancellationToken);
            var stored = await tasks.FindAsync(taskId, cancellationToken);
            if (task.Answers is not null && AttachmentAnswers.Names(stored?.Form, task.Answers, attachmentId))
            {
                return attachment;
            }
        }
        else if (attachment.CollectionId is { } collectionId)
        {
            var view = await collectionService.GetAsync(collectionId, viewerId, cancellationToken);
            var collection = await collections.FindAsync(collectionId, cancellationToken);
            if (view.Ideas.Any(idea => AttachmentAnswers.Names(collection?.Form, idea.Answers, attachmentId)
                || AttachmentAnswers.Names(collection?.Form, idea.AuthorText, attachmentId)))
            {
                return attachment;
            }
        }

        throw new LabDomainException(LabErrors.Forbidden, AttachmentMessages.CannotSee.With(("attachmentId", attachmentId)));
    }

    /// <summary>Reads at most the limit, tells the kind from the content, and renders pictures; refuses with what to do.</summary>
    private async Task<(AttachmentKind Kind, byte[] Bytes, ImageRendition Rendition)> ReadAsync(string fileName, Stream content, bool stripMetadata, CancellationToken cancellationToken)
    {
        var shown = ShownName(fileName);
        using var buffer = new MemoryStream();
        var chunk = new byte[81_920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > options.MaxBytes)
            {
                throw Refused(AttachmentMessages.TooLarge.With(("name", shown), ("max", options.MaxShown)));
            }
        }

        var bytes = buffer.ToArray();
        var sniffed = AttachmentSniffer.Sniff(bytes);
        if (sniffed.Kind is not { } kind)
        {
            throw Refused((sniffed.Refusal switch
            {
                SniffRefusal.Empty => AttachmentMessages.Empty,
                SniffRefusal.Heic => AttachmentMessages.Heic,
                SniffRefusal.OldOffice => AttachmentMessages.OldOffice,
                SniffRefusal.ZipNotOffice => AttachmentMessages.ZipNotOffice,
                _ => AttachmentMessages.NotAllowed,
            }).With(("name", shown)));
        }

        var rendition = AttachmentKinds.IsImage(kind) ? images.Render(bytes, kind, stripMetadata) : new ImageRendition(true, null);
        if (!rendition.Readable)
        {
            throw Refused(AttachmentMessages.Damaged.With(("name", shown)));
        }

        return (kind, bytes, rendition);
    }

    private static void RequireFileField(System.Text.Json.Nodes.JsonArray? form, string fieldKey)
    {
        if (!HasFileField(FormDefinitionParser.Parse(form).Form.Fields, fieldKey))
        {
            throw LabDomainException.Invalid("field", AttachmentMessages.NoFileField.With(("field", ShownName(fieldKey))));
        }
    }

    private static bool HasFileField(IReadOnlyList<FormField> fields, string key) =>
        fields.Any(f => (f.Type == FormFieldType.File && string.Equals(f.Key, key, StringComparison.Ordinal)) || HasFileField(f.Fields, key));

    /// <summary>
    /// The name to serve: the uploaded name without folders or control characters, cut to <see cref="FileNameLength"/>,
    /// with the extension of the kind the content is (a PDF named <c>.jpg</c> downloads as <c>.pdf</c>).
    /// </summary>
    internal static string CleanName(string fileName, AttachmentKind kind)
    {
        var baseName = Path.GetFileNameWithoutExtension(ShownName(fileName).Replace('\\', '/').Split('/')[^1]).Trim().Trim('.');
        var extension = AttachmentKinds.Extension(kind);
        if (baseName.Length == 0)
        {
            baseName = "fil";
        }

        return (baseName.Length + extension.Length > FileNameLength ? baseName[..(FileNameLength - extension.Length)] : baseName) + extension;
    }

    /// <summary>A name as messages quote it: printable characters only, at most <see cref="FileNameLength"/>.</summary>
    private static string ShownName(string? fileName)
    {
        var builder = new StringBuilder();
        foreach (var c in fileName ?? string.Empty)
        {
            if (!char.IsControl(c) && c is not ('"' or '<' or '>' or '|' or '*' or '?' or ':'))
            {
                builder.Append(c);
            }
        }

        var text = builder.ToString().Trim();
        return text.Length > FileNameLength ? text[..FileNameLength] : text;
    }

    private static LabDomainException Refused(CodedMessage message) => LabDomainException.Invalid("file", message);

    private static LabDomainException NotFound(Guid attachmentId) =>
        new(LabErrors.NotFound, AttachmentMessages.NotFound.With(("attachmentId", attachmentId)));
}
