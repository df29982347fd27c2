using System.Globalization;
using LabFlow.Activities.Forms;

namespace LabFlow.Host.Components.Tasks;

/// <summary>The errors of the last completion attempt, by the path of the field they belong to.</summary>
public sealed class FormErrorSet
{
    private readonly ILookup<string, FormError> _byPath;

    public FormErrorSet(IReadOnlyList<FormError> errors)
    {
        All = errors;
        _byPath = errors.ToLookup(e => e.Path, StringComparer.Ordinal);
    }

    public static FormErrorSet None { get; } = new([]);

    public IReadOnlyList<FormError> All { get; }

    public bool IsEmpty => All.Count == 0;

    /// <summary>The message for the field at <paramref name="path"/> in the current UI culture, or <c>null</c>.</summary>
    public string? MessageFor(string path) =>
        _byPath.Contains(path) ? string.Join(" ", _byPath[path].Select(e => e.Message.Get(CultureInfo.CurrentUICulture))) : null;

    /// <summary>Whether any error lies at or under <paramref name="path"/> (a row or a whole group).</summary>
    public bool HasAnyUnder(string path) =>
        All.Any(e => e.Path == path || e.Path.StartsWith(path + ".", StringComparison.Ordinal) || e.Path.StartsWith(path + "[", StringComparison.Ordinal));
}
