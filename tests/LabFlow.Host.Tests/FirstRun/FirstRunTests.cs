using System.Net.Http.Json;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using LabFlow.Host.Tests.TestInfrastructure;
using Microsoft.Data.Sqlite;

namespace LabFlow.Host.Tests.FirstRun;

/// <summary>
/// A fresh data folder, started as the README's run command does: Development seeds demo people and prints how to
/// sign in; a second start adds nothing; elsewhere no demo data, and <c>create-admin</c> makes the first administrator.
/// </summary>
public sealed partial class FirstRunTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);
    private readonly string _folder = Directory.CreateTempSubdirectory("labflow-first-run-").FullName;

    private string DataPath => Path.Combine(_folder, "data");

    [Fact]
    public async Task Start_SeedsDemoAccountsAndPrintsHowToSignIn_WhenDevelopmentStartsOnAFreshFolder()
    {
        await using (var host = LabFlowProcess.Start(DataPath, "Development"))
        {
            await host.WaitForOutputAsync("API reference:", Timeout);

            var printed = DemoAccountLine().Match(host.Output);
            Assert.True(printed.Success, host.Output);
            Assert.Contains($"LabFlow is running at {host.BaseAddress.ToString().TrimEnd('/')}", host.Output, StringComparison.Ordinal);
            Assert.Contains("Demo lab ", host.Output, StringComparison.Ordinal);
            using var client = new HttpClient { BaseAddress = host.BaseAddress };
            using var login = await client.PostAsJsonAsync("/api/v1/account/login", new { email = printed.Groups["email"].Value, password = printed.Groups["password"].Value });
            Assert.Equal(HttpStatusCode.OK, login.StatusCode);
            var me = await login.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal(["Facilitator"], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        }

        var usersAfterFirst = await CountAsync("SELECT COUNT(*) FROM AspNetUsers");
        var labsAfterFirst = await CountAsync("SELECT COUNT(*) FROM WorkflowInstances WHERE DefinitionId = 'social-innovation-lab'");
        await using (var second = LabFlowProcess.Start(DataPath, "Development"))
        {
            await second.WaitForOutputAsync("API reference:", Timeout);
        }

        Assert.Equal(8L, usersAfterFirst);
        Assert.Equal(3L, labsAfterFirst);
        Assert.Equal(usersAfterFirst, await CountAsync("SELECT COUNT(*) FROM AspNetUsers"));
        Assert.Equal(labsAfterFirst, await CountAsync("SELECT COUNT(*) FROM WorkflowInstances WHERE DefinitionId = 'social-innovation-lab'"));
    }

    [Fact]
    public async Task Start_SeedsNoDemoDataAndNamesCreateAdmin_WhenNotDevelopment()
    {
        await using var host = LabFlowProcess.Start(DataPath, "Production");

        await host.WaitForOutputAsync("create-admin --email", Timeout);

        Assert.Contains("No one can sign in yet. Create the first administrator:", host.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Demo accounts", host.Output, StringComparison.Ordinal);
        Assert.Equal(0L, await CountAsync("SELECT COUNT(*) FROM AspNetUsers"));
    }

    [Fact]
    public async Task CreateAdmin_CreatesAnAdministratorWhoSignsInAndExits_WhenPasswordIsInTheEnvironment()
    {
        const string password = "a long admin passphrase";
        await using (var command = LabFlowProcess.Start(
            DataPath,
            "Production",
            new Dictionary<string, string> { ["LABFLOW_ADMIN_PASSWORD"] = password },
            "create-admin", "--email", "first.admin@goteborg.example", "--name", "Första Admin"))
        {
            Assert.Equal(0, await command.WaitForExitAsync(Timeout));
            Assert.Contains("Administrator Första Admin <first.admin@goteborg.example> created.", command.Output, StringComparison.Ordinal);
            Assert.Contains("Next: start LabFlow", command.Output, StringComparison.Ordinal);
            Assert.DoesNotContain("Now listening", command.Output, StringComparison.Ordinal);
            Assert.DoesNotContain(password, command.Output, StringComparison.Ordinal);
        }

        await using var host = LabFlowProcess.Start(DataPath, "Production");
        await host.WaitForOutputAsync("LabFlow is running at", Timeout);
        using var client = new HttpClient { BaseAddress = host.BaseAddress };
        using var login = await client.PostAsJsonAsync("/api/v1/account/login", new { email = "first.admin@goteborg.example", password });

        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.Equal(["Admin"], (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.DoesNotContain("No one can sign in yet", host.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateAdmin_ExitsWithTheRulesBroken_WhenThePasswordIsTooShort()
    {
        await using var command = LabFlowProcess.Start(
            DataPath,
            "Production",
            new Dictionary<string, string> { ["LABFLOW_ADMIN_PASSWORD"] = "short" },
            "create-admin", "--email", "admin@goteborg.example", "--name", "Admin");

        Assert.Equal(1, await command.WaitForExitAsync(Timeout));
        Assert.Contains("The administrator was not created: Passwords must be at least 12 characters.", command.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateAdmin_ExitsWithUsage_WhenTheNameIsMissing()
    {
        await using var command = LabFlowProcess.Start(DataPath, "Production", null, "create-admin", "--email", "admin@goteborg.example");

        Assert.Equal(2, await command.WaitForExitAsync(Timeout));
        Assert.Contains("create-admin needs --email and --name.", command.Output, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private async Task<long> CountAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(DataPath, "labflow.db")};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }

    [GeneratedRegex("""login with \{"email": "(?<email>[^"]+)", "password": "(?<password>[^"]+)"\}""")]
    private static partial Regex DemoAccountLine();
}
