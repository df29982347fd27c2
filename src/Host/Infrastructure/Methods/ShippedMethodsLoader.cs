using System.Security.Cryptography;
using System.Text;
using LabFlow.Activities.Messages;
using LabFlow.Activities.Methods;
using LabFlow.Host.Configuration;
using Microsoft.Extensions.Options;

namespace LabFlow.Host.Infrastructure.Methods;

/// <summary>
/// Loads and validates every shipped method file at start-up, as flows are: a wrong file stops start-up with every
/// error (file, JSON path, fix) instead of a stack trace.
/// </summary>
internal sealed partial class ShippedMethodsLoader(IOptions<LabFlowOptions> options, ILogger<ShippedMethodsLoader> logger)
{
    /// <summary>The folder the shipped methods are read from.</summary>
    public string MethodsDirectory => Path.GetFullPath(options.Value.MethodsPath, AppContext.BaseDirectory);

    /// <summary>Every file of <paramref name="directory"/> read and checked, valid or not, in file name order.</summary>
    public static async Task<IReadOnlyList<(MethodParseResult Result, string ContentHash)>> ReadDirectoryAsync(string directory, CancellationToken cancellationToken)
    {
        var results = new List<(MethodParseResult, string)>();
        var fileById = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(directory, "*.json", SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal))
        {
            var content = await File.ReadAllBytesAsync(file, cancellationToken);
            var result = MethodJson.Parse(Path.GetFileName(file), Encoding.UTF8.GetString(content));
            if (result.Method is { } method && !fileById.TryAdd(method.Id, result.FileName))
            {
                var message = MethodMessages.DuplicateId.With(("methodId", method.Id), ("file", fileById[method.Id]));
                result = result with { Method = null, Problems = [("$.id", message)] };
            }

            results.Add((result, Convert.ToHexStringLower(SHA256.HashData(content))));
        }

        return results;
    }

    /// <summary>Loads every method; returns <c>null</c> (after logging every error) when the folder is missing or any file is wrong.</summary>
    public async Task<IReadOnlyList<ShippedMethodFile>?> LoadAsync(CancellationToken cancellationToken)
    {
        var directory = MethodsDirectory;
        if (!Directory.Exists(directory))
        {
            LogFolderMissing(directory);
            return null;
        }

        var results = await ReadDirectoryAsync(directory, cancellationToken);
        var invalid = results.Where(r => !r.Result.IsValid).ToList();
        foreach (var error in invalid.SelectMany(r => r.Result.Errors))
        {
            LogMethodError(error.ToString());
        }

        if (invalid.Count > 0)
        {
            LogStartupStopped(invalid.Count, directory);
            return null;
        }

        LogLoaded(results.Count, directory);
        return [.. results.Select(r => new ShippedMethodFile(r.Result.FileName, r.Result.Method!, r.ContentHash))];
    }

    [LoggerMessage(Level = LogLevel.Critical, Message = "The methods folder {MethodsDirectory} does not exist. Set LabFlow:MethodsPath to the folder that holds the method files (default workflows-json/methods).")]
    private partial void LogFolderMissing(string methodsDirectory);

    [LoggerMessage(Level = LogLevel.Critical, Message = "{ValidationError}")]
    private partial void LogMethodError(string validationError);

    [LoggerMessage(Level = LogLevel.Critical, Message = "LabFlow did not start: {InvalidFileCount} method file(s) in {MethodsDirectory} are not valid. Fix the errors above and start again.")]
    private partial void LogStartupStopped(int invalidFileCount, string methodsDirectory);

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded {MethodCount} methods from {MethodsDirectory}")]
    private partial void LogLoaded(int methodCount, string methodsDirectory);
}
