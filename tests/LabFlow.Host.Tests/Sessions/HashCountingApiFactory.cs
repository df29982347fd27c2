using LabFlow.Host.Infrastructure.Identity;
using LabFlow.Host.Tests.Identity;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LabFlow.Host.Tests.Sessions;

/// <summary><see cref="LabFlowApiFactory"/> whose password hasher (Identity's, with its configured options) counts verifications.</summary>
public sealed class HashCountingApiFactory : LabFlowApiFactory
{
    internal CountingPasswordHasher.Counter Hashes { get; } = new();

    public int Verifications => Volatile.Read(ref Hashes.Verifications);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddScoped<IPasswordHasher<LabFlowUser>>(sp =>
            new CountingPasswordHasher(new PasswordHasher<LabFlowUser>(sp.GetRequiredService<IOptions<PasswordHasherOptions>>()), Hashes)));
    }
}
