namespace LabFlow.Activities.Collections;

/// <summary>
/// Tells the open boards of a collection that it changed, so they read it again: pushed, never polled, so an idle
/// board costs no query. It carries no content, only which collection changed.
/// </summary>
public interface ICollectionNotifier
{
    void Publish(Guid collectionId);

    /// <summary>Calls <paramref name="onChanged"/> after every change of <paramref name="collectionId"/> until disposed.</summary>
    IDisposable Subscribe(Guid collectionId, Func<Task> onChanged);
}
