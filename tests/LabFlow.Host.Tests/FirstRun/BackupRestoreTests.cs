using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using LabFlow.Host.Tests.TestInfrastructure;
using Microsoft.Data.Sqlite;

namespace LabFlow.Host.Tests.FirstRun;

/// <summary>
/// The README's backup and restore of the SQLite default, as an operator runs them: a backup taken while LabFlow runs,
/// restored into a fresh data folder, starts with everything the backup held (people, labs, access tokens and the
/// data-protection keys, so an existing sign-in cookie still works) and nothing written after it.
/// </summary>
public sealed class BackupRestoreTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);
    private readonly string _folder = Directory.CreateTempSubdirectory("labflow-backup-").FullName;

    private string OriginalData => Path.Combine(_folder, "data");

    private string RestoredData => Path.Combine(_folder, "restored");

    private string BackupFolder => Path.Combine(_folder, "backup");

    [Fact]
    public async Task Restore_StartsWithWhatTheBackupHeld_WhenTheBackupWasTakenWhileLabFlowRan()
    {
        var cookies = new CookieContainer();
        string tokenBefore;
        string tokenAfter;
        await using (var host = LabFlowProcess.Start(OriginalData, "Development"))
        {
            await host.WaitForOutputAsync("API reference:", Timeout);
            using var client = new HttpClient(new HttpClientHandler { CookieContainer = cookies }) { BaseAddress = host.BaseAddress };
            using (var login = await client.PostAsJsonAsync("/api/v1/account/login", new { email = "facilitator@labflow.example", password = "labflow-demo-2026" }))
            {
                Assert.Equal(HttpStatusCode.OK, login.StatusCode);
            }

            tokenBefore = await CreateTokenAsync(client, "before the backup");

            await using (var backup = LabFlowProcess.Start(OriginalData, "Development", null, "backup", "--to", BackupFolder))
            {
                Assert.Equal(0, await backup.WaitForExitAsync(Timeout));
                Assert.Contains("Backup complete in", backup.Output, StringComparison.Ordinal);
            }

            tokenAfter = await CreateTokenAsync(client, "after the backup");
        }

        Assert.True(File.Exists(Path.Combine(BackupFolder, "labflow.db")));
        Assert.True(File.Exists(Path.Combine(BackupFolder, "hangfire.db")));
        await using (var restore = LabFlowProcess.Start(RestoredData, "Development", null, "restore", "--from", BackupFolder))
        {
            Assert.Equal(0, await restore.WaitForExitAsync(Timeout));
            Assert.Contains("Restore complete.", restore.Output, StringComparison.Ordinal);
        }

        await using (var restored = LabFlowProcess.Start(RestoredData, "Development"))
        {
            await restored.WaitForOutputAsync("API reference:", Timeout);
            using var cookieClient = new HttpClient(new HttpClientHandler { CookieContainer = CookiesFor(cookies, restored.BaseAddress) }) { BaseAddress = restored.BaseAddress };
            using var me = await cookieClient.GetAsync("/api/v1/account/me");
            Assert.Equal(HttpStatusCode.OK, me.StatusCode);
            Assert.Equal("facilitator@labflow.example", (await me.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("email").GetString());

            Assert.Equal(HttpStatusCode.OK, await StatusWithTokenAsync(restored.BaseAddress, tokenBefore));
            Assert.Equal(HttpStatusCode.Unauthorized, await StatusWithTokenAsync(restored.BaseAddress, tokenAfter));
        }

        Assert.Equal(await CountAsync(OriginalData, "SELECT COUNT(*) FROM Labs"), await CountAsync(RestoredData, "SELECT COUNT(*) FROM Labs"));
        Assert.Equal(
            await CountAsync(OriginalData, "SELECT COUNT(*) FROM WorkflowInstances WHERE DefinitionId = 'social-innovation-lab'"),
            await CountAsync(RestoredData, "SELECT COUNT(*) FROM WorkflowInstances WHERE DefinitionId = 'social-innovation-lab'"));
    }

    [Fact]
    public async Task Restore_RefusesAndChangesNothing_WhenTheDataFolderAlreadyHasADatabase()
    {
        Directory.CreateDirectory(OriginalData);
        Directory.CreateDirectory(BackupFolder);
        await File.WriteAllTextAsync(Path.Combine(OriginalData, "labflow.db"), "not to be overwritten");
        File.Copy(Path.Combine(OriginalData, "labflow.db"), Path.Combine(BackupFolder, "labflow.db"));

        await using var restore = LabFlowProcess.Start(OriginalData, "Production", null, "restore", "--from", BackupFolder);

        Assert.Equal(1, await restore.WaitForExitAsync(Timeout));
        Assert.Contains("already exist. Stop LabFlow and move the data folder's databases aside", restore.Output, StringComparison.Ordinal);
        Assert.Equal("not to be overwritten", await File.ReadAllTextAsync(Path.Combine(OriginalData, "labflow.db")));
    }

    [Fact]
    public async Task Backup_RefusesANonEmptyFolder_WhenItWouldOverwriteAnEarlierBackup()
    {
        Directory.CreateDirectory(BackupFolder);
        await File.WriteAllTextAsync(Path.Combine(BackupFolder, "labflow.db"), "an earlier backup");

        await using var backup = LabFlowProcess.Start(OriginalData, "Production", null, "backup", "--to", BackupFolder);

        Assert.Equal(1, await backup.WaitForExitAsync(Timeout));
        Assert.Contains("is not empty. Name a new folder", backup.Output, StringComparison.Ordinal);
        Assert.Equal("an earlier backup", await File.ReadAllTextAsync(Path.Combine(BackupFolder, "labflow.db")));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private static async Task<string> CreateTokenAsync(HttpClient client, string name)
    {
        using var response = await client.PostAsJsonAsync("/api/v1/account/tokens", new { name });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
    }

    private static async Task<HttpStatusCode> StatusWithTokenAsync(Uri baseAddress, string token)
    {
        using var client = new HttpClient { BaseAddress = baseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await client.GetAsync("/api/v1/labs");
        return response.StatusCode;
    }

    /// <summary>The first host's cookies, sent to the restored host (another port on the same machine).</summary>
    private static CookieContainer CookiesFor(CookieContainer original, Uri target)
    {
        var container = new CookieContainer();
        foreach (Cookie cookie in original.GetAllCookies())
        {
            container.Add(target, new Cookie(cookie.Name, cookie.Value, "/"));
        }

        return container;
    }

    private static async Task<long> CountAsync(string dataPath, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(dataPath, "labflow.db")};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
