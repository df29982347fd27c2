using LabFlow.Activities.Attachments;
using Microsoft.EntityFrameworkCore;

namespace LabFlow.Host.Infrastructure.Persistence.Domain.Attachments;

/// <summary>Uploaded files in the database; metadata is read without the content.</summary>
internal sealed class EfCoreAttachmentStore(LabFlowDbContext db) : IAttachmentStore
{
    public async Task AddAsync(Attachment attachment, byte[] content, byte[]? thumbnail, CancellationToken cancellationToken)
    {
        db.Add(new AttachmentRow
        {
            Id = attachment.Id,
            LabId = attachment.LabId,
            ActivityId = attachment.ActivityId,
            TaskId = attachment.TaskId,
            CollectionId = attachment.CollectionId,
            FieldKey = attachment.FieldKey,
            UploaderId = attachment.UploaderId,
            FileName = attachment.FileName,
            Kind = attachment.Kind.ToString(),
            Size = attachment.Size,
            CreatedAt = attachment.CreatedAt.ToUniversalTime(),
            Content = content,
            Thumbnail = thumbnail,
        });
        await db.SaveAndForgetAsync(cancellationToken);
    }

    public async Task<Attachment?> FindAsync(Guid attachmentId, CancellationToken cancellationToken) =>
        (await ListAsync([attachmentId], cancellationToken)).FirstOrDefault();

    public async Task<IReadOnlyList<Attachment>> ListAsync(IReadOnlyCollection<Guid> attachmentIds, CancellationToken cancellationToken) =>
        await MetadataAsync(db.Set<AttachmentRow>().Where(a => attachmentIds.Contains(a.Id)), cancellationToken);

    public async Task<byte[]?> ReadContentAsync(Guid attachmentId, CancellationToken cancellationToken) =>
        await db.Set<AttachmentRow>().Where(a => a.Id == attachmentId).Select(a => a.Content).FirstOrDefaultAsync(cancellationToken);

    public async Task<byte[]?> ReadThumbnailAsync(Guid attachmentId, CancellationToken cancellationToken) =>
        await db.Set<AttachmentRow>().Where(a => a.Id == attachmentId).Select(a => a.Thumbnail).FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<Attachment>> ListByUploaderAsync(Guid personId, CancellationToken cancellationToken) =>
        [.. (await MetadataAsync(db.Set<AttachmentRow>().Where(a => a.UploaderId == personId), cancellationToken)).OrderBy(a => a.CreatedAt)];

    public Task<int> DeleteByUploaderAsync(Guid personId, CancellationToken cancellationToken) =>
        db.Set<AttachmentRow>().Where(a => a.UploaderId == personId).ExecuteDeleteAsync(cancellationToken);

    public Task<int> DeleteByLabsAsync(IReadOnlyCollection<Guid> labIds, CancellationToken cancellationToken) =>
        db.Set<AttachmentRow>().Where(a => labIds.Contains(a.LabId)).ExecuteDeleteAsync(cancellationToken);

    public Task<int> DeleteAsync(IReadOnlyCollection<Guid> attachmentIds, CancellationToken cancellationToken) =>
        db.Set<AttachmentRow>().Where(a => attachmentIds.Contains(a.Id)).ExecuteDeleteAsync(cancellationToken);

    private static async Task<IReadOnlyList<Attachment>> MetadataAsync(IQueryable<AttachmentRow> rows, CancellationToken cancellationToken)
    {
        var found = await rows.AsNoTracking()
            .Select(a => new { a.Id, a.LabId, a.ActivityId, a.TaskId, a.CollectionId, a.FieldKey, a.UploaderId, a.FileName, a.Kind, a.Size, a.CreatedAt, HasThumbnail = a.Thumbnail != null })
            .ToListAsync(cancellationToken);
        return
        [
            .. found.Select(a => new Attachment(
                a.Id, a.LabId, a.ActivityId, a.TaskId, a.CollectionId, a.FieldKey, a.UploaderId, a.FileName,
                Enum.Parse<AttachmentKind>(a.Kind), a.Size, a.CreatedAt, a.HasThumbnail)),
        ];
    }
}
