using System.Net;
using System.Net.Http.Json;
using LabFlow.Activities.Organisation;
using LabFlow.Host.Infrastructure.Identity;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LabFlow.Host.Tests.Identity;

/// <summary>
/// The Host in-process on a real SQLite database in its own data folder, with helpers to create people and sign
/// them in. <c>await factory.CreateClientForRoleAsync(Role.Designer)</c> gives an HttpClient holding that person's
/// sign-in cookie; <see cref="CreatePersonAsync"/> and <see cref="SignInAsync"/> give finer control.
/// </summary>
public class LabFlowApiFactory : WebApplicationFactory<Program>
{
    /// <summary>The password every person created here has.</summary>
    public const string Password = "correct horse battery staple";

    /// <summary>The administration people get their memberships in unless a test says otherwise.</summary>
    public const string AdministrationId = "grundskoleforvaltningen";

    private readonly Dictionary<string, string?> _settings;

    public LabFlowApiFactory()
        : this(new Dictionary<string, string?>())
    {
    }

    protected LabFlowApiFactory(IDictionary<string, string?> settings)
    {
        DataPath = Directory.CreateTempSubdirectory("labflow-identity-").FullName;
        _settings = new Dictionary<string, string?>
        {
            ["LabFlow:DataPath"] = DataPath,
            ["LabFlow:Scheduling:Storage"] = "InMemory",
            ["LabFlow:Authentication:CredentialPermitLimit"] = "10000",
            ["LabFlow:PublicBaseUrl"] = "https://labflow.test.example",
        };
        foreach (var (key, value) in settings)
        {
            _settings[key] = value;
        }
    }

    public string DataPath { get; }

    /// <summary>Where clients send requests (https where a test needs Secure cookies). Default: <c>http://localhost</c>.</summary>
    protected Uri ClientBaseAddress { get; init; } = new("http://localhost");

    /// <summary>
    /// Adds a person to the directory with <paramref name="memberships"/> (role in <see cref="AdministrationId"/>
    /// unless given as <c>administration:Role</c>), Identity roles <paramref name="organisationRoles"/>, and a user
    /// with <see cref="Password"/> (none when <paramref name="withPassword"/> is false).
    /// </summary>
    public async Task<Person> CreatePersonAsync(
        string name,
        IEnumerable<Role>? memberships = null,
        IEnumerable<string>? organisationRoles = null,
        bool active = true,
        bool withPassword = true,
        string culture = "sv")
    {
        var local = new string([.. name.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '.')]);
        var person = new Person(Guid.NewGuid(), name, $"{local}.{Guid.NewGuid():N}@test.example", culture, active);
        await using var scope = Services.CreateAsyncScope();
        var writer = scope.ServiceProvider.GetRequiredService<IDirectoryCommands>();
        await writer.SavePersonAsync(person, CancellationToken.None);
        foreach (var role in memberships ?? [])
        {
            await writer.AddMembershipAsync(new Membership(person.Id, AdministrationId, role), CancellationToken.None);
        }

        var users = scope.ServiceProvider.GetRequiredService<UserManager<LabFlowUser>>();
        var user = new LabFlowUser(person.Id, person.Email);
        Check(withPassword ? await users.CreateAsync(user, Password) : await users.CreateAsync(user));
        foreach (var role in organisationRoles ?? [])
        {
            var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole<Guid>>>();
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole<Guid>(role)));
            }

            Check(await users.AddToRoleAsync(user, role));
        }

        return person;
    }

    /// <summary>A client signed in (cookie) as a new person with <paramref name="role"/> in <see cref="AdministrationId"/>.</summary>
    public async Task<HttpClient> CreateClientForRoleAsync(Role role)
    {
        var person = await CreatePersonAsync($"Test {role}", [role]);
        return await SignInAsync(person.Email);
    }

    /// <summary>A client holding the sign-in cookie of <paramref name="email"/>; fails the test when sign-in fails.</summary>
    public async Task<HttpClient> SignInAsync(string email, string password = Password)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = ClientBaseAddress });
        using var response = await client.PostAsJsonAsync("/api/v1/account/login", new { email, password });
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"Sign-in as {email} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        return client;
    }

    /// <summary>A client with no sign-in.</summary>
    public HttpClient CreateAnonymousClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = ClientBaseAddress });

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(DataPath))
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(DataPath, recursive: true);
        }
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
