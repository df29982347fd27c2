using System.Data.Common;

namespace LabFlow.Host.Infrastructure.Persistence.Domain;

/// <summary>The hot reads of the domain stores as plain commands on the scope's connection (<see cref="WorkflowConnection"/>).</summary>
internal static class PlainReads
{
    /// <summary>Every row of a query with its parameters (<paramref name="bind"/>), each made into an item by <paramref name="map"/>.</summary>
    public static Task<IReadOnlyList<T>> ListAsync<T>(
        this WorkflowConnection connection, string sql, Action<DbCommand> bind, Func<DbDataReader, T> map, CancellationToken cancellationToken) =>
        connection.ReadAsync(
            sql,
            bind,
            async Task<IReadOnlyList<T>> (reader, token) =>
            {
                var items = new List<T>();
                while (await reader.ReadAsync(token))
                {
                    items.Add(map(reader));
                }

                return items;
            },
            cancellationToken);
}
