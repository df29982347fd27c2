namespace LabFlow.Workflows.Definitions;

/// <summary>Collects the errors of one file so that every check can report and carry on.</summary>
internal sealed class ValidationErrorCollector(string file)
{
    private readonly List<ValidationError> _errors = [];
    private readonly List<ValidationError> _warnings = [];

    public IReadOnlyList<ValidationError> Errors => _errors;

    /// <summary>What a reader should look at again; warnings do not stop a flow from loading.</summary>
    public IReadOnlyList<ValidationError> Warnings => _warnings;

    public void Add(string path, string message) => _errors.Add(new ValidationError(file, path, message));

    public void Warn(string path, string message) => _warnings.Add(new ValidationError(file, path, message));
}
