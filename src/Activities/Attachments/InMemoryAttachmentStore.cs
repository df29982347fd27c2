using System.Collections.Concurrent;

namespace LabFlow.Activities.Attachments;

/// <summary>Files in memory, for tests and the engine without a database.</summary>
public sealed class InMemoryAttachmentStore : IAttachmentStore
{
    private readonly ConcurrentDictionary<Guid, (Attachment Attachment, byte[] Content, byte[]? Thumbnail)> _files = new();

    public int Count => _files.Count;

    public Task AddAsync(Attachment attachment, byte[] content, byte[]? thumbnail, CancellationToken cancellationToken)
    {
        _files[attachment.Id] = (attachment, content, thumbnail);
        return Task.CompletedTask;
    }

    public Task<Attachment?> FindAsync(Guid attachmentId, CancellationToken cancellationToken) =>
        Task.FromResult(_files.TryGetValue(attachmentId, out var file) ? file.Attachment : null);

    public Task<IReadOnlyList<Attachment>> ListAsync(IReadOnlyCollection<Guid> attachmentIds, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Attachment>>([.. attachmentIds.Distinct().Where(_files.ContainsKey).Select(id => _files[id].Attachment)]);

    public Task<byte[]?> ReadContentAsync(Guid attachmentId, CancellationToken cancellationToken) =>
        Task.FromResult(_files.TryGetValue(attachmentId, out var file) ? file.Content : null);

    public Task<byte[]?> ReadThumbnailAsync(Guid attachmentId, CancellationToken cancellationToken) =>
        Task.FromResult(_files.TryGetValue(attachmentId, out var file) ? file.Thumbnail : null);

    public Task<IReadOnlyList<Attachment>> ListByUploaderAsync(Guid personId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Attachment>>([.. _files.Values.Select(f => f.Attachment).Where(a => a.UploaderId == personId).OrderBy(a => a.CreatedAt)]);

    public Task<int> DeleteByUploaderAsync(Guid personId, CancellationToken cancellationToken) =>
        DeleteAsync([.. _files.Values.Where(f => f.Attachment.UploaderId == personId).Select(f => f.Attachment.Id)], cancellationToken);

    public Task<int> DeleteByLabsAsync(IReadOnlyCollection<Guid> labIds, CancellationToken cancellationToken) =>
        DeleteAsync([.. _files.Values.Where(f => labIds.Contains(f.Attachment.LabId)).Select(f => f.Attachment.Id)], cancellationToken);

    public Task<int> DeleteAsync(IReadOnlyCollection<Guid> attachmentIds, CancellationToken cancellationToken) =>
        Task.FromResult(attachmentIds.Count(id => _files.TryRemove(id, out _)));
}
