namespace LabFlow.Activities.Email;

/// <summary>A filter over email rows, newest first; every criterion is optional.</summary>
public sealed record EmailMessageQuery(
    Guid? InstanceId = null,
    Guid? TaskId = null,
    Guid? RequestId = null,
    EmailStatus? Status = null,
    int Skip = 0,
    int Take = 100);
