namespace LabFlow.Workflows.Definitions;

/// <summary>Collects the errors of one file so that every check can report and carry on.</summary>
internal sealed class ValidationErrorCollector(string file)
{
    private readonly List<ValidationError> _errors = [];
    private readonly List<ValidationError> _warnings = [];

    public IReadOnlyList<ValidationError> Errors => _errors;

    /// <summary>What a reader should look at again; warnings do not stop a flow from loading.</summary>
    public IReadOnlyList<ValidationError> Warnings => _warnings;

    /// <summary>An error without a code of its own (<see cref="ValidationCodes.Other"/>).</summary>
    public void Add(string path, string message) => _errors.Add(new ValidationError(file, path, message));

    /// <summary>An error with its <see cref="ValidationCodes"/> code and the arguments its text names.</summary>
    public void Add(string path, string code, string message, params (string Name, string Value)[] arguments) =>
        _errors.Add(Coded(path, code, message, arguments));

    /// <summary>An activity rule's issue (<see cref="ActivityTypes.ActivityValidationIssue"/>) at <paramref name="path"/>, as an error or a warning.</summary>
    public void Add(string path, ActivityTypes.ActivityValidationIssue issue) =>
        (issue.IsWarning ? _warnings : _errors).Add(new ValidationError(file, path, issue.Message) { Code = issue.Code, Arguments = issue.Arguments });

    private ValidationError Coded(string path, string code, string message, (string Name, string Value)[] arguments) =>
        new(file, path, message)
        {
            Code = code,
            Arguments = arguments.ToDictionary(a => a.Name, a => a.Value, StringComparer.Ordinal),
        };
}
