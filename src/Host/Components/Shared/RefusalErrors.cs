using LabFlow.Activities.Labs;

namespace LabFlow.Host.Components.Shared;

/// <summary>
/// A service's refusal shown at the page's fields: each problem the service keyed by its field (<c>reason</c>,
/// <c>standInId</c>) goes to the input the page shows for it, in the page's language through the message catalogue.
/// The page checks nothing itself; the service's rule is the only one.
/// </summary>
internal static class RefusalErrors
{
    /// <summary>
    /// Adds the refusal's field problems to <paramref name="errors"/> at the mapped input ids and returns <c>true</c>;
    /// <c>false</c> (nothing added) when none of its fields is one the page shows, so the caller says it as a notice.
    /// </summary>
    /// <param name="fieldIds">The service's field name → the page's input id.</param>
    public static bool AddTo(FormErrors errors, LabDomainException refusal, IReadOnlyDictionary<string, string> fieldIds)
    {
        var shown = refusal.Fields?.Where(f => fieldIds.ContainsKey(f.Key)).ToList() ?? [];
        foreach (var (field, messages) in shown)
        {
            foreach (var message in messages)
            {
                errors.Add(fieldIds[field], message.In(UiText.Language));
            }
        }

        return shown.Count > 0;
    }
}
