namespace LabFlow.Host.Infrastructure.Seeding;

/// <summary>
/// What the command line asks for: the web server (no command), <c>create-admin --email … --name …</c>,
/// <c>backup --to FOLDER</c> or <c>restore --from FOLDER</c>. Every other argument (<c>--LabFlow:DataPath=…</c>,
/// <c>--urls …</c>) goes on to the host's configuration.
/// </summary>
internal sealed record LabFlowCommand(string? Name, string? Email, string? DisplayName, string[] HostArguments, string? Error, string? Folder = null)
{
    public const string CreateAdmin = "create-admin";
    public const string Backup = "backup";
    public const string Restore = "restore";

    public const string Usage = "Usage: dotnet run --project src/Host -- create-admin --email admin@example.org --name \"Full Name\" (password from LABFLOW_ADMIN_PASSWORD, or asked for)";
    public const string BackupUsage = "Usage: dotnet run --project src/Host -- backup --to /path/to/new-backup-folder";
    public const string RestoreUsage = "Usage: dotnet run --project src/Host -- restore --from /path/to/backup-folder (into an empty LabFlow:DataPath, with LabFlow stopped)";

    private static readonly string[] OptionsWithValue = ["--email", "--name", "--to", "--from"];

    public static LabFlowCommand Parse(string[] args)
    {
        if (args.Length == 0 || args[0] is not (CreateAdmin or Backup or Restore))
        {
            return new LabFlowCommand(null, null, null, args, null);
        }

        string? email = null;
        string? name = null;
        string? folder = null;
        var rest = new List<string>();
        for (var i = 1; i < args.Length; i++)
        {
            var (key, value) = Split(args, ref i);
            switch (key)
            {
                case "--email":
                    email = value;
                    break;
                case "--name":
                    name = value;
                    break;
                case "--to" when args[0] == Backup:
                case "--from" when args[0] == Restore:
                    folder = value;
                    break;
                default:
                    rest.Add(args[i]);
                    break;
            }
        }

        var error = args[0] switch
        {
            CreateAdmin when string.IsNullOrWhiteSpace(email) || string.IsNullOrWhiteSpace(name) => $"create-admin needs --email and --name. {Usage}",
            Backup when string.IsNullOrWhiteSpace(folder) => $"backup needs --to, a folder that does not exist yet or is empty. {BackupUsage}",
            Restore when string.IsNullOrWhiteSpace(folder) => $"restore needs --from, a folder that backup wrote. {RestoreUsage}",
            _ => null,
        };
        return new LabFlowCommand(args[0], email?.Trim(), name?.Trim(), [.. rest], error, folder?.Trim());
    }

    // "--email x" and "--email=x" both work; only the command's own options take the next argument.
    private static (string Key, string? Value) Split(string[] args, ref int i)
    {
        var arg = args[i];
        var equals = arg.IndexOf('=', StringComparison.Ordinal);
        if (equals > 0)
        {
            return (arg[..equals], arg[(equals + 1)..]);
        }

        if (OptionsWithValue.Contains(arg))
        {
            return (arg, i + 1 < args.Length ? args[++i] : null);
        }

        return (arg, null);
    }
}
