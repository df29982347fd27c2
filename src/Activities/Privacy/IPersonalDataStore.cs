namespace LabFlow.Activities.Privacy;

/// <summary>
/// Reads and pseudonymises what LabFlow stores about one person (the Host implements it over the database, where
/// it can reach every table). Tasks themselves are changed through <see cref="Tasks.ITaskCommands"/> by the service.
/// </summary>
public interface IPersonalDataStore
{
    Task<PersonalRecords> ReadAsync(Guid personId, CancellationToken cancellationToken);

    /// <summary>
    /// Records the decision, then in one transaction: replaces the person's name and address in their people row and
    /// wherever else they are written, replaces <see cref="ErasurePlan.FreeTexts"/>, drops emails to them not yet
    /// sent and blanks those sent, removes their stand-ins, preferences, tokens and sign-in account.
    /// </summary>
    Task PseudonymiseAsync(ErasurePlan plan, CancellationToken cancellationToken);
}
