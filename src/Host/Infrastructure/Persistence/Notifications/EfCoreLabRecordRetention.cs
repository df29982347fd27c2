using LabFlow.Activities.Email;
using LabFlow.Activities.Notifications;
using LabFlow.Host.Infrastructure.Persistence.Domain.Collections;
using LabFlow.Host.Infrastructure.Persistence.Domain.Email;
using Microsoft.EntityFrameworkCore;

namespace LabFlow.Host.Infrastructure.Persistence.Notifications;

/// <summary>Blanks a lab's sent email rows and clears its idea submissions' answers, one UPDATE each.</summary>
internal sealed class EfCoreLabRecordRetention(LabFlowDbContext db) : ILabRecordRetention
{
    private const string NoModel = "{}";
    private const string NoAttachments = "[]";
    private const string NoAnswers = "{}";

    public Task<int> BlankSentEmailsAsync(Guid labId, CancellationToken cancellationToken) =>
        db.Set<EmailRow>()
            .Where(e => e.InstanceId == labId && e.Status == EmailStatus.Sent)
            .Where(e => e.RecipientAddress != string.Empty || e.RecipientName != string.Empty || e.Subject != string.Empty
                || e.HtmlBody != string.Empty || e.TextBody != string.Empty || e.ModelJson != NoModel || e.Attachments != NoAttachments)
            .ExecuteUpdateAsync(
                s => s
                    .SetProperty(e => e.RecipientAddress, string.Empty)
                    .SetProperty(e => e.RecipientName, string.Empty)
                    .SetProperty(e => e.Subject, string.Empty)
                    .SetProperty(e => e.HtmlBody, string.Empty)
                    .SetProperty(e => e.TextBody, string.Empty)
                    .SetProperty(e => e.ModelJson, NoModel)
                    .SetProperty(e => e.Attachments, NoAttachments),
                cancellationToken);

    public Task<int> ClearIdeaSubmissionsAsync(Guid labId, CancellationToken cancellationToken)
    {
        var collections = db.Set<CollectionRow>().Where(c => c.LabId == labId).Select(c => c.Id);
        return db.Set<IdeaSubmissionRow>()
            .Where(s => collections.Contains(s.CollectionId) && s.Answers != NoAnswers)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.Answers, NoAnswers), cancellationToken);
    }
}
