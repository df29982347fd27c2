using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Options;

namespace LabFlow.Host.Tests.Scheduling;

public sealed class SchedulingOptionsTests
{
    [Theory]
    [InlineData("LabFlow:Scheduling:PollInterval", "00:05:00",
        "LabFlow:Scheduling:PollInterval must be between 00:00:00.1 and 00:01:00 (default 00:00:15).")]
    [InlineData("LabFlow:Scheduling:SweepInterval", "00:07:00",
        "LabFlow:Scheduling:SweepInterval must be a whole number of minutes that divides an hour (00:01:00, 00:02:00, 00:05:00, 00:10:00, 00:15:00, 00:30:00, 01:00:00 …); it is 00:07:00.")]
    [InlineData("LabFlow:Scheduling:WorkerCount", "0",
        "LabFlow:Scheduling:WorkerCount must be between 1 and 50 (default 5).")]
    [InlineData("LabFlow:Scheduling:Storage", "PostgreSql",
        "LabFlow:Database:ConnectionString is required when Hangfire keeps its jobs in PostgreSQL (LabFlow:Database:Provider or LabFlow:Scheduling:Storage is PostgreSql).")]
    public async Task Start_StopsNamingTheSetting_WhenSchedulingSettingIsWrong(string key, string value, string expected)
    {
        await using var app = new LabFlowTestApp(new Dictionary<string, string?> { [key] = value });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.App.StartAsync());

        var failure = Assert.Single(error.Failures);
        Assert.Equal(expected, failure);
    }

    [Fact]
    public async Task Start_StopsNamingTheSetting_WhenStorageIsUnknown()
    {
        await using var app = new LabFlowTestApp(new Dictionary<string, string?> { ["LabFlow:Scheduling:Storage"] = "Redis" });

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => app.App.StartAsync());

        Assert.Equal(
            "Failed to convert configuration value 'Redis' at 'LabFlow:Scheduling:Storage' to type 'LabFlow.Host.Infrastructure.Scheduling.SchedulingStorage'.",
            error.Message);
    }
}
