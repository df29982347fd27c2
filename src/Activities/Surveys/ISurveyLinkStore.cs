namespace LabFlow.Activities.Surveys;

/// <summary>Personal survey links (<see cref="SurveyLink"/>).</summary>
public interface ISurveyLinkStore
{
    Task AddAsync(IReadOnlyList<SurveyLink> links, CancellationToken cancellationToken);

    Task<SurveyLink?> FindByHashAsync(string tokenHash, CancellationToken cancellationToken);

    /// <summary>The links sent for one step of a lab.</summary>
    Task<IReadOnlyList<SurveyLink>> ListAsync(Guid labId, string activityId, CancellationToken cancellationToken);

    /// <summary>
    /// Marks the link used by the answer <paramref name="answerTaskId"/> when nobody used it yet, atomically: of two
    /// answers racing on one link exactly one gets <c>true</c>.
    /// </summary>
    Task<bool> TryRedeemAsync(Guid linkId, DateTimeOffset at, Guid answerTaskId, CancellationToken cancellationToken);

    /// <summary>Undoes a redemption whose answer could not be stored, so the guest can try again.</summary>
    Task ReleaseAsync(Guid linkId, Guid answerTaskId, CancellationToken cancellationToken);
}
