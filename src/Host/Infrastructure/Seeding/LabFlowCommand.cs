namespace LabFlow.Host.Infrastructure.Seeding;

/// <summary>
/// What the command line asks for: the web server (no command), or <c>create-admin --email … --name …</c>.
/// Every other argument (<c>--LabFlow:DataPath=…</c>, <c>--urls …</c>) goes on to the host's configuration.
/// </summary>
internal sealed record LabFlowCommand(string? Name, string? Email, string? DisplayName, string[] HostArguments, string? Error)
{
    public const string CreateAdmin = "create-admin";

    public const string Usage = "Usage: dotnet run --project src/Host -- create-admin --email admin@example.org --name \"Full Name\" (password from LABFLOW_ADMIN_PASSWORD, or asked for)";

    public static LabFlowCommand Parse(string[] args)
    {
        if (args.Length == 0 || args[0] != CreateAdmin)
        {
            return new LabFlowCommand(null, null, null, args, null);
        }

        string? email = null;
        string? name = null;
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
                default:
                    rest.Add(args[i]);
                    break;
            }
        }

        var error = string.IsNullOrWhiteSpace(email) || string.IsNullOrWhiteSpace(name)
            ? $"create-admin needs --email and --name. {Usage}"
            : null;
        return new LabFlowCommand(CreateAdmin, email?.Trim(), name?.Trim(), [.. rest], error);
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

        if (arg is "--email" or "--name")
        {
            return (arg, i + 1 < args.Length ? args[++i] : null);
        }

        return (arg, null);
    }
}
