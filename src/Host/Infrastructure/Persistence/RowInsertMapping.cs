using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace LabFlow.Host.Infrastructure.Persistence;

/// <summary>
/// A row type's table and columns as the context's EF Core model maps them, and a row's values for them with the
/// model's value converters applied (an enum stored as text, SQLite's UTC ticks), for
/// <c>InsertAsync</c> of <see cref="WorkflowConnection"/>, which binds the rest as EF Core does (<see cref="WorkflowSql.ToProvider"/>).
/// Read from the model, the plain INSERT writes the row SaveChanges would, and a column added to the model is inserted
/// without a change here (issue 17).
/// </summary>
internal sealed class RowInsertMapping<TRow>
    where TRow : class
{
    // Per model: SQLite's and PostgreSQL's convert different properties.
    private static readonly ConcurrentDictionary<IModel, RowInsertMapping<TRow>> ByModel = new();

    private readonly Func<TRow, object?>[] _values;

    private RowInsertMapping(IModel model)
    {
        var entityType = model.FindEntityType(typeof(TRow))
            ?? throw new InvalidOperationException($"{typeof(TRow).Name} is not in the LabFlow model.");
        var mapping = entityType.GetTableMappings().Single();
        Table = mapping.Table.Name;
        var columns = new List<string>();
        var values = new List<Func<TRow, object?>>();
        foreach (var columnMapping in mapping.ColumnMappings)
        {
            var property = columnMapping.Property;
            var column = columnMapping.Column;
            if (property.ValueGenerated == ValueGenerated.OnAdd && property.IsPrimaryKey())
            {
                // The database numbers it (the outbox's sequence), as it does for SaveChanges.
                continue;
            }

            // SaveChanges leaves such a column out of its INSERT under conditions this plain one does not copy.
            if (property.IsShadowProperty() || property.ValueGenerated != ValueGenerated.Never || column.TryGetDefaultValue(out _)
                || column.DefaultValueSql is not null || column.ComputedColumnSql is not null)
            {
                throw new NotSupportedException(
                    $"{typeof(TRow).Name}.{property.Name} is generated, defaulted or shadow in the model; a plain INSERT of {Table} cannot write it as SaveChanges does.");
            }

            columns.Add(column.Name);
            var getter = property.GetGetter();
            var converter = columnMapping.TypeMapping.Converter;
            values.Add(converter is null
                ? row => getter.GetClrValue(row)
                : row => getter.GetClrValue(row) is { } value ? converter.ConvertToProvider(value) : null);
        }

        Columns = [.. columns];
        _values = [.. values];
    }

    public string Table { get; }

    public string[] Columns { get; }

    public static RowInsertMapping<TRow> Of(LabFlowDbContext db) => ByModel.GetOrAdd(db.Model, static model => new RowInsertMapping<TRow>(model));

    /// <summary>The row's values in the order of <see cref="Columns"/>.</summary>
    public object?[] Values(TRow row)
    {
        var values = new object?[_values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = _values[i](row);
        }

        return values;
    }
}
