using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using LabFlow.Activities.Organisation;
using LabFlow.Host.Infrastructure.Identity;
using LabFlow.Host.Infrastructure.Persistence;
using LabFlow.Host.Tests.Identity;
using LabFlow.Workflows.Definitions;
using LabFlow.Workflows.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LabFlow.Host.Tests.ApiResources;

/// <summary>
/// <see cref="LabFlowApiFactory"/> (real SQLite, real Identity) with people written through the domain's directory
/// port, in any administration, and helpers to publish flows, run code in a scope and snapshot the database.
/// </summary>
public sealed class ApiResourcesFactory : LabFlowApiFactory
{
    public ApiResourcesFactory()
    {
    }

    /// <summary>
    /// A Host with <paramref name="settings"/> as well, such as a test database's (<see cref="TestInfrastructure.TestDatabase.Settings"/>);
    /// internal because a class fixture may have only one public constructor.
    /// </summary>
    internal ApiResourcesFactory(IReadOnlyDictionary<string, string?> settings)
        : base(new Dictionary<string, string?>(settings))
    {
    }

    /// <summary>The administration the labs of these tests belong to.</summary>
    public const string Own = "grundskoleforvaltningen";

    /// <summary>An administration the labs of these tests do not belong to.</summary>
    public const string Other = "forskoleforvaltningen";

    /// <summary>A person with <paramref name="roles"/> in <paramref name="administrationId"/> and a password to sign in with.</summary>
    public async Task<Person> CreateMemberAsync(string name, string administrationId, params Role[] roles)
    {
        var local = new string([.. name.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '.')]);
        var person = new Person(Guid.NewGuid(), name, $"{local}.{Guid.NewGuid():N}@test.example");
        await InScopeAsync(async services =>
        {
            var directory = services.GetRequiredService<IDirectoryCommands>();
            await directory.SavePersonAsync(person, CancellationToken.None);
            foreach (var role in roles)
            {
                await directory.AddMembershipAsync(new Membership(person.Id, administrationId, role), CancellationToken.None);
            }

            var created = await services.GetRequiredService<UserManager<LabFlowUser>>().CreateAsync(new LabFlowUser(person.Id, person.Email), Password);
            return created.Succeeded ? 0 : throw new InvalidOperationException(string.Join(" ", created.Errors.Select(e => e.Description)));
        });
        return person;
    }

    /// <summary>A signed-in client of a new person with <paramref name="role"/> in <paramref name="administrationId"/>.</summary>
    public async Task<(Person Person, HttpClient Client)> CreateSignedInAsync(string name, string administrationId, Role role)
    {
        var person = await CreateMemberAsync(name, administrationId, role);
        return (person, await SignInAsync(person.Email));
    }

    /// <summary>Publishes <paramref name="flowJson"/> straight into the definition store (tests that are not about flows).</summary>
    public Task PublishAsync(string flowJson) =>
        InScopeAsync(async services =>
        {
            var result = services.GetRequiredService<WorkflowDefinitionLoader>().Load("test", flowJson);
            var definition = result.Definition ?? throw new InvalidOperationException(string.Join(Environment.NewLine, result.Errors));
            await services.GetRequiredService<IWorkflowDefinitionStore>().PublishAsync(definition, "test", Guid.NewGuid().ToString("N"), CancellationToken.None);
            return 0;
        });

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    /// <summary>Every row of every LabFlow table (Identity's and data-protection keys left out), sorted, as text.</summary>
    private static readonly HashSet<string> BackgroundUpdatedTables = new(StringComparer.Ordinal) { "Emails", "OutboxMessages" };

    public Task<IReadOnlyDictionary<string, string>> SnapshotAsync() =>
        InScopeAsync<IReadOnlyDictionary<string, string>>(async services =>
        {
            var db = services.GetRequiredService<LabFlowDbContext>();
            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync();
            var tables = new List<string>();
            await using (var command = connection.CreateCommand())
            {
                command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'AspNet%' AND name NOT LIKE '%DataProtection%' AND name NOT LIKE '__EF%'";
                await using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    tables.Add(reader.GetString(0));
                }
            }

            var snapshot = new SortedDictionary<string, string>(StringComparer.Ordinal);
            foreach (var table in tables)
            {
                await using var command = connection.CreateCommand();
                command.CommandText = $"SELECT * FROM \"{table}\"";
                await using var reader = await command.ExecuteReaderAsync();
                var rows = new List<string>();
                while (await reader.ReadAsync())
                {
                    var values = new object[reader.FieldCount];
                    reader.GetValues(values);

                    // Background workers (email delivery, the outbox sweep) update these rows' status on their own
                    // time; what a request could change is which rows exist.
                    if (BackgroundUpdatedTables.Contains(table))
                    {
                        values = [values[0]];
                    }

                    rows.Add(string.Join("|", values.Select(v => v is byte[] bytes ? Convert.ToBase64String(bytes) : Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture))));
                }

                rows.Sort(StringComparer.Ordinal);
                snapshot[table] = string.Join(Environment.NewLine, rows);
            }

            return snapshot;
        });

    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    public static StringContent Json(object body) => Json(JsonSerializer.Serialize(body, JsonSerializerOptions.Web));

    public static async Task<JsonElement> ReadJsonAsync(HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>();
}
