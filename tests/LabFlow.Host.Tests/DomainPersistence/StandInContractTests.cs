using LabFlow.Activities.Organisation;
using LabFlow.Host.Tests.TestInfrastructure;

namespace LabFlow.Host.Tests.DomainPersistence;

/// <summary>The database store of stand-in periods (EfCoreStandIns), on every provider.</summary>
public abstract class StandInContractTests : DomainStoreTestBase
{
    private static readonly Guid Away = Guid.Parse("20000000-0000-0000-0000-000000000001");
    private static readonly Guid Other = Guid.Parse("20000000-0000-0000-0000-000000000002");
    private static readonly Guid Colleague = Guid.Parse("20000000-0000-0000-0000-000000000003");

    [DatabaseFact]
    public async Task SetAsync_RoundTripsAndReplacesThePersonsPeriod_WhenSetTwice()
    {
        await InScopeAsync<IStandIns>(s => s.SetAsync(new StandIn(Away, Other, new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 5)), Token));

        await InScopeAsync<IStandIns>(s => s.SetAsync(new StandIn(Away, Colleague, new DateOnly(2026, 7, 1), new DateOnly(2026, 7, 31)), Token));
        var stored = await InScopeAsync<IStandIns, StandIn?>(s => s.GetAsync(Away, Token));

        Assert.Equal(new StandIn(Away, Colleague, new DateOnly(2026, 7, 1), new DateOnly(2026, 7, 31)), stored);
    }

    [DatabaseFact]
    public async Task ListCoveringAsync_ReturnsOnlyPeriodsThatIncludeTheDay_WithBothEndsIncluded()
    {
        await InScopeAsync<IStandIns>(s => s.SetAsync(new StandIn(Away, Colleague, new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 5)), Token));
        await InScopeAsync<IStandIns>(s => s.SetAsync(new StandIn(Other, Colleague, new DateOnly(2026, 6, 6), new DateOnly(2026, 6, 9)), Token));

        var lastDay = await InScopeAsync<IStandIns, IReadOnlyList<StandIn>>(s => s.ListCoveringAsync([Away, Other], new DateOnly(2026, 6, 5), Token));
        var dayAfter = await InScopeAsync<IStandIns, IReadOnlyList<StandIn>>(s => s.ListCoveringAsync([Away], new DateOnly(2026, 6, 6), Token));

        Assert.Equal(Away, Assert.Single(lastDay).PersonId);
        Assert.Empty(dayAfter);
    }

    [DatabaseTheory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(7)]
    [InlineData(12)]
    public async Task ListCoveringAsync_FindsTheOneCoveredPerson_AmongAnyNumberOfPeople(int count)
    {
        // Arrange: one, four, eight people are asked for as scalar parameters, more as a list; the covered one is last.
        await InScopeAsync<IStandIns>(s => s.SetAsync(new StandIn(Away, Colleague, new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 5)), Token));
        Guid[] asked = [.. Enumerable.Range(1, count - 1).Select(_ => Guid.NewGuid()), Away];

        // Act
        var covering = await InScopeAsync<IStandIns, IReadOnlyList<StandIn>>(s => s.ListCoveringAsync(asked, new DateOnly(2026, 6, 3), Token));

        // Assert
        Assert.Equal(Colleague, Assert.Single(covering).StandInId);
    }

    [DatabaseFact]
    public async Task RemoveAsync_ForgetsThePeriod()
    {
        await InScopeAsync<IStandIns>(s => s.SetAsync(new StandIn(Away, Colleague, new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 5)), Token));

        await InScopeAsync<IStandIns>(s => s.RemoveAsync(Away, Token));

        Assert.Null(await InScopeAsync<IStandIns, StandIn?>(s => s.GetAsync(Away, Token)));
    }
}
