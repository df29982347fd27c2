using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore.Metadata;

namespace LabFlow.Host.Infrastructure.Persistence;

/// <summary>
/// An EF Core compiled query (<c>EF.CompileAsyncQuery</c>) per model: a compiled query refuses a context of another
/// model than the one it first ran with, and one process may hold both providers' contexts (the tests do). A hot read
/// compiled once skips EF Core's per-call rebuilding and cache look-up of its LINQ query (issue 17).
/// </summary>
internal sealed class PerModelQuery<TQuery>(Func<TQuery> compile)
    where TQuery : Delegate
{
    private readonly ConcurrentDictionary<IModel, TQuery> _compiled = new();

    /// <summary>The query compiled for <paramref name="db"/>'s model (compiled on its first use).</summary>
    public TQuery For(LabFlowDbContext db) => _compiled.GetOrAdd(db.Model, _ => compile());
}
