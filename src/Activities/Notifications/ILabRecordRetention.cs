namespace LabFlow.Activities.Notifications;

/// <summary>
/// Clears personal data that lives in rows other features own and whose ports only add and read: email rows and idea
/// submissions. The Host implements it on the database; without a database, <see cref="NoLabRecordRetention"/> stands in.
/// </summary>
public interface ILabRecordRetention
{
    /// <summary>
    /// Blanks the lab's sent email rows: recipient address and name, subject, bodies, model and attachments. The rows
    /// stay (id, template, status, times), so a job that asks for the same email again finds it already there and sends
    /// nothing. Rows not sent yet are left for delivery. Returns how many rows were blanked; blank rows are not counted again.
    /// </summary>
    Task<int> BlankSentEmailsAsync(Guid labId, CancellationToken cancellationToken);

    /// <summary>
    /// Removes the answers of the ideas submitted to the lab's collections. The submissions stay (id, author, time), so
    /// votes on them still count. Returns how many were cleared; cleared ones are not counted again.
    /// </summary>
    Task<int> ClearIdeaSubmissionsAsync(Guid labId, CancellationToken cancellationToken);
}
