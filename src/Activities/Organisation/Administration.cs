namespace LabFlow.Activities.Organisation;

/// <summary>A förvaltning: the organisation a lab belongs to.</summary>
/// <param name="Id">A stable slug (<c>grundskoleforvaltningen</c>).</param>
/// <param name="RetiredAt">When an administrator retired it: it gets no new labs, and keeps its labs, people and history.</param>
public sealed record Administration(string Id, string Name, DateTimeOffset? RetiredAt = null)
{
    public bool IsRetired => RetiredAt is not null;
}
