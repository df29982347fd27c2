using Microsoft.Extensions.Options;

namespace LabFlow.Host.Infrastructure.Persistence;

/// <summary>Collects every problem of <see cref="DatabaseOptions"/> into one message that names the settings.</summary>
internal sealed class DatabaseOptionsValidator : IValidateOptions<DatabaseOptions>
{
    public ValidateOptionsResult Validate(string? name, DatabaseOptions options)
    {
        var errors = new List<string>();
        var provider = options.Provider?.Trim() ?? string.Empty;
        if (!DatabaseProviders.IsSqlite(provider) && !DatabaseProviders.IsPostgreSql(provider))
        {
            errors.Add($"{DatabaseOptions.SectionName}:Provider is '{provider}'; set it to {DatabaseProviders.Sqlite} or {DatabaseProviders.PostgreSql}.");
        }
        else if (DatabaseProviders.IsPostgreSql(provider) && string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            errors.Add($"{DatabaseOptions.SectionName}:ConnectionString is required when {DatabaseOptions.SectionName}:Provider is {DatabaseProviders.PostgreSql}; set it to the database's connection string (Host=…;Database=…;Username=…).");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
