using System.Text;
using LabFlow.Activities.Organisation;
using LabFlow.Host.Authorization;
using LabFlow.Host.Infrastructure.Email;
using LabFlow.Host.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace LabFlow.Host.Infrastructure.Seeding;

/// <summary>
/// <c>create-admin</c>: the first administrator of an installation without demo data. Creates the person and a
/// user in the organisation-wide Admin role, prints what to do next, and exits without starting the web server.
/// </summary>
internal static class CreateAdminCommand
{
    /// <summary>The environment variable that holds the password for unattended set-up.</summary>
    public const string PasswordVariable = "LABFLOW_ADMIN_PASSWORD";

    public static async Task<int> CreateAdminAsync(this WebApplication app, LabFlowCommand command, CancellationToken cancellationToken)
    {
        var email = command.Email!;
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var users = services.GetRequiredService<UserManager<LabFlowUser>>();
        if (await users.FindByEmailAsync(email) is not null)
        {
            await Console.Error.WriteLineAsync($"A user with email {email} already exists; nothing was changed. To set a new password, use \"forgot password\" (POST /api/v1/account/forgot-password).");
            return 1;
        }

        var password = app.Configuration[PasswordVariable];
        if (string.IsNullOrEmpty(password))
        {
            password = ReadPassword();
            if (password is null)
            {
                await Console.Error.WriteLineAsync($"No password given. Set {PasswordVariable}, or run the command in a terminal to type one.");
                return 1;
            }
        }

        var existing = await services.GetRequiredService<IDirectory>().FindPersonByEmailAsync(email, cancellationToken);
        var person = (existing ?? new Person(Guid.NewGuid(), command.DisplayName!, email)) with { Name = command.DisplayName!, Active = true };
        var (user, errors) = await services.GetRequiredService<AccountProvisioner>().EnsureAsync(person, [], [LabFlowRoles.Admin], password, cancellationToken);
        if (user is null)
        {
            await Console.Error.WriteLineAsync($"The administrator was not created: {string.Join(" ", errors)}");
            return 1;
        }

        var baseUrl = services.GetRequiredService<IOptions<PublicUrlOptions>>().Value.ToUri();
        Console.WriteLine($"Administrator {person.Name} <{email}> created.");
        Console.WriteLine($"Next: start LabFlow (dotnet run --project src/Host), sign in at {new Uri(baseUrl, "account/login")} with this email and password,");
        Console.WriteLine($"then invite people at {new Uri(baseUrl, "admin/people/invite")} (or POST {new Uri(baseUrl, "api/v1/account/invitations")}).");
        return 0;
    }

    private static string? ReadPassword()
    {
        if (Console.IsInputRedirected)
        {
            Console.Write("Password: ");
            return Console.In.ReadLine();
        }

        var first = ReadMasked("Password (at least 12 characters): ");
        var second = ReadMasked("Repeat the password: ");
        if (first != second)
        {
            Console.Error.WriteLine("The two passwords differ.");
            return null;
        }

        return first.Length == 0 ? null : first;
    }

    private static string ReadMasked(string prompt)
    {
        Console.Write(prompt);
        var text = new StringBuilder();
        while (Console.ReadKey(intercept: true) is var key && key.Key != ConsoleKey.Enter)
        {
            if (key.Key == ConsoleKey.Backspace)
            {
                text.Length = Math.Max(0, text.Length - 1);
            }
            else if (!char.IsControl(key.KeyChar))
            {
                text.Append(key.KeyChar);
            }
        }

        Console.WriteLine();
        return text.ToString();
    }
}
