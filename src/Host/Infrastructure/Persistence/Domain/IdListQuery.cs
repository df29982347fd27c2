using System.Data.Common;
using System.Numerics;

namespace LabFlow.Host.Infrastructure.Persistence.Domain;

/// <summary>
/// A query on a set of ids (<c>… IN (@id0, @id1 …)</c>) as plain commands on the scope's connection: the ids are
/// bound as scalar parameters in sets of 1, 2, 4 … <see cref="IdsPerCommand"/>, the last id repeated to fill a set (an
/// IN list does not mind a repeat), so each set size is one SQL text, made once here and prepared once on SQLite.
/// More ids take several commands.
/// </summary>
/// <remarks>
/// Issue 17, session 18: the lab's people and the stand-ins were EF Core compiled queries whose pipeline was most of
/// their cost in every completion's burst.
/// </remarks>
internal sealed class IdListQuery
{
    /// <summary>The most ids one command binds.</summary>
    public const int IdsPerCommand = 256;

    private static readonly string[] IdNames = [.. Enumerable.Range(0, IdsPerCommand).Select(i => "id" + i)];

    // Indexed by the power of two of the set size.
    private readonly string[] _sql;

    /// <param name="before">The SQL up to the IN list (ending in <c>IN </c>).</param>
    /// <param name="after">The SQL after it (more conditions on other parameters, an order), or empty.</param>
    public IdListQuery(string before, string after) =>
        _sql = [.. Enumerable.Range(0, BitOperations.Log2(IdsPerCommand) + 1)
            .Select(power => before + "(" + string.Join(", ", IdNames.Take(1 << power).Select(name => "@" + name)) + ")" + after)];

    /// <summary>
    /// The rows of <paramref name="ids"/> (each id once), each made into an item by <paramref name="map"/>;
    /// <paramref name="bind"/> binds the query's other parameters. None for no ids, without a command.
    /// </summary>
    public async Task<List<T>> ListAsync<T>(
        WorkflowConnection connection, LabFlowDbContext db, IEnumerable<Guid> ids, Action<DbCommand> bind, Func<DbDataReader, T> map, CancellationToken cancellationToken)
    {
        var distinct = ids.Distinct().ToArray();
        var items = new List<T>(distinct.Length);
        for (var first = 0; first < distinct.Length; first += IdsPerCommand)
        {
            var set = new ArraySegment<Guid>(distinct, first, Math.Min(IdsPerCommand, distinct.Length - first));
            var power = BitOperations.Log2(BitOperations.RoundUpToPowerOf2((uint)set.Count));
            await connection.ReadAsync(
                _sql[power],
                command =>
                {
                    for (var i = 0; i < 1 << power; i++)
                    {
                        command.With(db, IdNames[i], set[Math.Min(i, set.Count - 1)]);
                    }

                    bind(command);
                },
                async (reader, token) =>
                {
                    while (await reader.ReadAsync(token))
                    {
                        items.Add(map(reader));
                    }

                    return items.Count;
                },
                cancellationToken);
        }

        return items;
    }
}
