using LabFlow.Activities.Methods;

namespace LabFlow.Host.Infrastructure.Methods;

/// <summary>Imports the loaded method files into the library by the shipped-file rule, and says what it did.</summary>
internal sealed partial class ShippedMethodsImporter(ShippedMethodImporter importer, ILogger<ShippedMethodsImporter> logger)
{
    public async Task ImportAsync(IReadOnlyList<ShippedMethodFile> files, CancellationToken cancellationToken)
    {
        foreach (var file in files)
        {
            var import = await importer.ImportAsync(file.FileName, file.Method, file.ContentHash, cancellationToken);
            switch (import.Outcome)
            {
                case ShippedMethodOutcome.Published:
                    LogPublished(file.FileName, file.Method.Id, import.Version);
                    break;
                case ShippedMethodOutcome.DesignerVersionKept:
                    LogDesignerVersionKept(file.FileName, file.Method.Id, import.Version);
                    break;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Published shipped method {FileName} as {MethodId} version {Version}")]
    private partial void LogPublished(string fileName, string methodId, int version);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Shipped method {FileName} changed, but a designer has edited {MethodId} (version {Version}) since it was last imported; the designer's version stays. Copy the file's changes into the method in the library if they are wanted.")]
    private partial void LogDesignerVersionKept(string fileName, string methodId, int version);
}
