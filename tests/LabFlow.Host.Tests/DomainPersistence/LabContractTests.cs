using LabFlow.Activities.Labs;
using LabFlow.Activities.Organisation;
using LabFlow.Host.Tests.TestInfrastructure;

namespace LabFlow.Host.Tests.DomainPersistence;

/// <summary>The EF Core lab store's contract, run on every provider.</summary>
public abstract class LabContractTests : DomainStoreTestBase
{
    [DatabaseFact]
    public async Task AddAsync_StoresVersionOne_AndFindAsyncReturnsEveryField()
    {
        var lab = NewLab(PilotAdministrations.Grundskoleforvaltningen.Id, LabFlowTestNode.StartTime);

        await InScopeAsync<ILabStore>(s => s.AddAsync(lab, Token));
        var found = await InScopeAsync<ILabStore, Lab?>(s => s.FindAsync(lab.Id, Token));

        Assert.NotNull(found);
        Assert.Equal(1, found.Version);
        Assert.Equal(lab.TargetAreas, found.TargetAreas);
        Assert.Equal(lab.People, found.People);
        Assert.Equal(lab with { Version = 1, TargetAreas = found.TargetAreas, People = found.People }, found);
    }

    [DatabaseFact]
    public async Task AddAsync_Refuses_WhenTheIdExists()
    {
        var lab = NewLab(PilotAdministrations.Grundskoleforvaltningen.Id, LabFlowTestNode.StartTime);
        await InScopeAsync<ILabStore>(s => s.AddAsync(lab, Token));

        var exception = await Assert.ThrowsAsync<LabDomainException>(() => InScopeAsync<ILabStore>(s => s.AddAsync(lab, Token)));

        Assert.Equal("lab_exists", exception.Code);
        Assert.Equal($"A lab with id {lab.Id} already exists.", exception.Message);
    }

    [DatabaseFact]
    public async Task ListAsync_ReturnsTheAdministrationsLabsNewestFirst()
    {
        var school = PilotAdministrations.Grundskoleforvaltningen.Id;
        var older = NewLab(school, LabFlowTestNode.StartTime);
        var newer = NewLab(school, LabFlowTestNode.StartTime.AddDays(1));
        var other = NewLab(PilotAdministrations.Stadsbyggnadskontoret.Id, LabFlowTestNode.StartTime.AddDays(2));
        await InScopeAsync<ILabStore>(async s =>
        {
            await s.AddAsync(older, Token);
            await s.AddAsync(newer, Token);
            await s.AddAsync(other, Token);
        });

        var schoolLabs = await InScopeAsync<ILabStore, IReadOnlyList<Lab>>(s => s.ListAsync(school, Token));
        var all = await InScopeAsync<ILabStore, IReadOnlyList<Lab>>(s => s.ListAsync(null, Token));

        Assert.Equal([newer.Id, older.Id], schoolLabs.Select(l => l.Id));
        Assert.Equal([other.Id, newer.Id, older.Id], all.Select(l => l.Id));
    }

    [DatabaseFact]
    public async Task UpdateAsync_StoresTheNextVersion_WhenTheVersionMatches()
    {
        var lab = NewLab(PilotAdministrations.Grundskoleforvaltningen.Id, LabFlowTestNode.StartTime);
        await InScopeAsync<ILabStore>(s => s.AddAsync(lab, Token));

        var updated = await InScopeAsync<ILabStore, Lab>(s => s.UpdateAsync(lab with { Paused = true, StartDate = new DateOnly(2026, 3, 2) }, 1, Token));
        var found = await InScopeAsync<ILabStore, Lab?>(s => s.FindAsync(lab.Id, Token));

        Assert.Equal(2, updated.Version);
        Assert.True(found!.Paused);
        Assert.Equal(new DateOnly(2026, 3, 2), found.StartDate);
        Assert.Equal(2, found.Version);
    }

    [DatabaseFact]
    public async Task UpdateAsync_ThrowsLabConflict_WhenSomeoneElseUpdatedFirst()
    {
        var lab = NewLab(PilotAdministrations.Grundskoleforvaltningen.Id, LabFlowTestNode.StartTime);
        await InScopeAsync<ILabStore>(s => s.AddAsync(lab, Token));
        await InScopeAsync<ILabStore, Lab>(s => s.UpdateAsync(lab with { Title = "Först" }, 1, Token));

        var exception = await Assert.ThrowsAsync<LabDomainException>(() => InScopeAsync<ILabStore, Lab>(s => s.UpdateAsync(lab with { Title = "Sist" }, 1, Token)));

        Assert.Equal("lab_conflict", exception.Code);
        Assert.Equal($"Lab {lab.Id} was changed by someone else at the same time. Reload it and try again.", exception.Message);
        Assert.Equal("Först", (await InScopeAsync<ILabStore, Lab?>(s => s.FindAsync(lab.Id, Token)))!.Title);
    }

    [DatabaseFact]
    public async Task UpdateAsync_LetsExactlyOneWin_WhenTwoUpdateTheSameVersionAtOnce()
    {
        var lab = NewLab(PilotAdministrations.Grundskoleforvaltningen.Id, LabFlowTestNode.StartTime);
        await InScopeAsync<ILabStore>(s => s.AddAsync(lab, Token));

        var attempts = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(async () =>
        {
            try
            {
                await InScopeAsync<ILabStore, Lab>(s => s.UpdateAsync(lab with { Title = $"Titel {i}" }, 1, Token));
                return true;
            }
            catch (LabDomainException exception) when (exception.Code == "lab_conflict")
            {
                return false;
            }
        })));

        Assert.Single(attempts, won => won);
        Assert.Equal(2, (await InScopeAsync<ILabStore, Lab?>(s => s.FindAsync(lab.Id, Token)))!.Version);
    }

    [DatabaseFact]
    public async Task RemoveAsync_DeletesTheLab()
    {
        var lab = NewLab(PilotAdministrations.Grundskoleforvaltningen.Id, LabFlowTestNode.StartTime);
        await InScopeAsync<ILabStore>(s => s.AddAsync(lab, Token));

        await InScopeAsync<ILabStore>(s => s.RemoveAsync(lab.Id, Token));

        Assert.Null(await InScopeAsync<ILabStore, Lab?>(s => s.FindAsync(lab.Id, Token)));
    }

    private static Lab NewLab(string administrationId, DateTimeOffset createdAt) => new(
        Guid.NewGuid(),
        "social-innovation-lab",
        "Jämlik rekrytering",
        administrationId,
        "Hur kan vi rekrytera mer jämlikt?",
        ["Arbete", "Utbildning"],
        [new LabMember(Guid.NewGuid(), Role.Facilitator), new LabMember(Guid.NewGuid(), Role.Participant)],
        new DateOnly(2026, 2, 2),
        Paused: false,
        createdAt.ToOffset(TimeSpan.FromHours(1)),
        "facilitator");
}
