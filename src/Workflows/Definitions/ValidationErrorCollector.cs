namespace LabFlow.Workflows.Definitions;

/// <summary>Collects the errors of one file so that every check can report and carry on.</summary>
internal sealed class ValidationErrorCollector(string file)
{
    private readonly List<ValidationError> _errors = [];

    public IReadOnlyList<ValidationError> Errors => _errors;

    public void Add(string path, string message) => _errors.Add(new ValidationError(file, path, message));
}
