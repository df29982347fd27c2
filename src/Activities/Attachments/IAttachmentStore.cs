namespace LabFlow.Activities.Attachments;

/// <summary>Uploaded files (the Host keeps them in the database).</summary>
public interface IAttachmentStore
{
    Task AddAsync(Attachment attachment, byte[] content, byte[]? thumbnail, CancellationToken cancellationToken);

    Task<Attachment?> FindAsync(Guid attachmentId, CancellationToken cancellationToken);

    Task<IReadOnlyList<Attachment>> ListAsync(IReadOnlyCollection<Guid> attachmentIds, CancellationToken cancellationToken);

    Task<byte[]?> ReadContentAsync(Guid attachmentId, CancellationToken cancellationToken);

    Task<byte[]?> ReadThumbnailAsync(Guid attachmentId, CancellationToken cancellationToken);

    /// <summary>The files <paramref name="personId"/> uploaded, oldest first (the personal-data export).</summary>
    Task<IReadOnlyList<Attachment>> ListByUploaderAsync(Guid personId, CancellationToken cancellationToken);

    /// <summary>Removes every file <paramref name="personId"/> uploaded (erasure); answers how many.</summary>
    Task<int> DeleteByUploaderAsync(Guid personId, CancellationToken cancellationToken);

    /// <summary>Removes every file of the labs (retention); answers how many.</summary>
    Task<int> DeleteByLabsAsync(IReadOnlyCollection<Guid> labIds, CancellationToken cancellationToken);

    /// <summary>Removes the files; answers how many there were.</summary>
    Task<int> DeleteAsync(IReadOnlyCollection<Guid> attachmentIds, CancellationToken cancellationToken);
}
