using LabFlow.Activities.Tests.ShippedFlows;
using LabFlow.Activities.Tests.TestSupport;

namespace LabFlow.Activities.Tests.Forms;

public sealed class DataProtectionOrderTests
{
    private const string Research = """
        { "id": "research", "type": "UserTask", "inputs": { "title": "Intervjuer", "assignee": { "role": "Coordinator" },
          "form": [ { "key": "quote", "type": "LongText", "label": "Citat", "personal": true } ] } }
        """;

    private const string Protection = """
        { "id": "protection", "type": "UserTask", "inputs": { "title": "Dataskydd", "assignee": { "role": "Coordinator" },
          "form": [ { "key": "dataProtection", "preset": "dataProtection" } ] } }
        """;

    [Fact]
    public async Task Load_WarnsButLoads_WhenAPersonalDataStepHasNoDataProtectionStepBeforeIt()
    {
        await using var host = new LabTestHost();

        var result = host.Load(LabTestHost.Flow(Research + "," + Protection, """[ { "from": "start", "to": "research" }, { "from": "research", "to": "protection" } ]"""));

        Assert.True(result.IsValid);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal(
            "test.json: $.activities[1].inputs.form: step 'research' collects personal data (a field marked \"personal\": true) but no step before it has the \"dataProtection\" preset; add a data-protection step before it (what is collected, why, who reads it, how long it is kept).",
            warning.ToString());
    }

    [Fact]
    public async Task Load_DoesNotWarn_WhenADataProtectionStepComesBefore()
    {
        await using var host = new LabTestHost();

        var result = host.Load(LabTestHost.Flow(Protection + "," + Research, """[ { "from": "start", "to": "protection" }, { "from": "protection", "to": "research" } ]"""));

        Assert.True(result.IsValid);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public async Task Load_GivesNoWarning_ForAnyShippedFlow()
    {
        await using var host = new LabTestHost();

        var warnings = RepositoryPaths.FlowFiles
            .SelectMany(file => host.Load(File.ReadAllText(file)).Warnings)
            .ToList();

        Assert.Empty(warnings);
    }
}
