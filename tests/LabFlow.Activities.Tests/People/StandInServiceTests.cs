using LabFlow.Activities.Labs;
using LabFlow.Activities.Messages;
using LabFlow.Activities.Organisation;
using LabFlow.Activities.Tests.Notifications;

namespace LabFlow.Activities.Tests.People;

/// <summary>Who may name whose stand-in, and what a stand-in and a period must be (today is Monday 1 June 2026).</summary>
public sealed class StandInServiceTests
{
    private static readonly Person Admin = new(Guid.Parse("30000000-0000-0000-0000-000000000011"), "Alma Admin", "alma@example.se");

    private static readonly Person Elsewhere = new(Guid.Parse("30000000-0000-0000-0000-000000000012"), "Eli Förskola", "eli@example.se");

    private static readonly Person Left = new(Guid.Parse("30000000-0000-0000-0000-000000000013"), "Lea Slutat", "lea@example.se", Active: false);

    private static readonly DateOnly June8 = new(2026, 6, 8);

    private static readonly DateOnly June19 = new(2026, 6, 19);

    [Fact]
    public async Task SetAsync_StoresThePeriod_WhenThePersonNamesAColleague()
    {
        await using var host = NewHost();
        var service = host.Get<StandInService>();

        var saved = await service.SetAsync(NotificationTestHost.Kim.Id, NotificationTestHost.Kim.Id, NotificationTestHost.Lo.Id, June8, June19, host.Token);

        Assert.Equal(new StandIn(NotificationTestHost.Kim.Id, NotificationTestHost.Lo.Id, June8, June19), saved.Period);
        Assert.Equal("Lo Samordnare", saved.StandIn.Name);
        Assert.Equal(saved.Period, (await service.GetAsync(NotificationTestHost.Kim.Id, NotificationTestHost.Kim.Id, host.Token))!.Period);
    }

    [Fact]
    public async Task SetAsync_IsAllowed_WhenAnAdministratorNamesAStandInForSomeoneElse()
    {
        await using var host = NewHost();

        var saved = await host.Get<StandInService>().SetAsync(Admin.Id, NotificationTestHost.Kim.Id, NotificationTestHost.Lo.Id, June8, June19, host.Token);

        Assert.Equal(NotificationTestHost.Kim.Id, saved.Period.PersonId);
        Assert.Equal(saved.Period, await host.Get<IStandIns>().GetAsync(NotificationTestHost.Kim.Id, host.Token));
    }

    [Fact]
    public async Task SetAsync_IsRefusedAsForbidden_WhenAColleagueNamesSomeoneElsesStandIn()
    {
        await using var host = NewHost();
        var service = host.Get<StandInService>();

        var set = await Assert.ThrowsAsync<LabDomainException>(() =>
            service.SetAsync(NotificationTestHost.Lo.Id, NotificationTestHost.Kim.Id, NotificationTestHost.Lo.Id, June8, June19, host.Token));
        var read = await Assert.ThrowsAsync<LabDomainException>(() => service.GetAsync(NotificationTestHost.Lo.Id, NotificationTestHost.Kim.Id, host.Token));
        var removed = await Assert.ThrowsAsync<LabDomainException>(() => service.RemoveAsync(NotificationTestHost.Lo.Id, NotificationTestHost.Kim.Id, host.Token));

        Assert.All([set, read, removed], refusal => Assert.Equal((LabErrors.Forbidden, StandInMessages.Forbidden.Code), (refusal.Code, refusal.Text.Code)));
        Assert.Null(await host.Get<IStandIns>().GetAsync(NotificationTestHost.Kim.Id, host.Token));
    }

    [Fact]
    public async Task SetAsync_IsRefusedAsNotFound_WhenAnAdministratorNamesAnUnknownPerson()
    {
        await using var host = NewHost();
        var unknown = Guid.Parse("30000000-0000-0000-0000-0000000000ff");

        var refusal = await Assert.ThrowsAsync<LabDomainException>(() =>
            host.Get<StandInService>().SetAsync(Admin.Id, unknown, NotificationTestHost.Lo.Id, June8, June19, host.Token));

        Assert.Equal((LabErrors.NotFound, StandInMessages.PersonNotFound.Code), (refusal.Code, refusal.Text.Code));
    }

    [Fact]
    public async Task SetAsync_NamesEveryField_WhenNothingIsGiven()
    {
        await using var host = NewHost();

        var refusal = await Assert.ThrowsAsync<LabDomainException>(() =>
            host.Get<StandInService>().SetAsync(NotificationTestHost.Kim.Id, NotificationTestHost.Kim.Id, null, null, null, host.Token));

        Assert.Equal(LabErrors.Invalid, refusal.Code);
        Assert.Equal(["from", "standInId", "to"], refusal.Fields!.Keys.Order(StringComparer.Ordinal));
        Assert.All(refusal.Fields.Values, messages => Assert.Equal(InputMessages.Required.Code, Assert.Single(messages).Code));
        Assert.Equal("Fältet måste fyllas i.", refusal.Fields["to"][0].In(MessageCatalogue.Swedish));
    }

    [Fact]
    public async Task SetAsync_RefusesTheChoiceAndThePeriod_WhenThePersonChoosesThemselvesBackwards()
    {
        await using var host = NewHost();

        var refusal = await Assert.ThrowsAsync<LabDomainException>(() =>
            host.Get<StandInService>().SetAsync(NotificationTestHost.Kim.Id, NotificationTestHost.Kim.Id, NotificationTestHost.Kim.Id, June19, June8, host.Token));

        Assert.Equal(StandInMessages.Self.Code, Assert.Single(refusal.Fields!["standInId"]).Code);
        Assert.Equal(
            "Sista dagen (2026-06-08) ligger före första dagen (2026-06-19). Ange ett slutdatum samma dag som startdatumet eller senare.",
            Assert.Single(refusal.Fields["to"]).In(MessageCatalogue.Swedish));
    }

    [Theory]
    [InlineData("2026-05-20", "2026-05-29", "standin.ended")]
    [InlineData("2026-06-01", "2027-06-02", "standin.too_long")]
    public async Task SetAsync_RefusesTheEnd_WhenThePeriodIsOverOrTooLong(string from, string to, string code)
    {
        await using var host = NewHost();

        var refusal = await Assert.ThrowsAsync<LabDomainException>(() => host.Get<StandInService>().SetAsync(
            NotificationTestHost.Kim.Id, NotificationTestHost.Kim.Id, NotificationTestHost.Lo.Id, DateOnly.Parse(from), DateOnly.Parse(to), host.Token));

        Assert.Equal(code, Assert.Single(refusal.Fields!["to"]).Code);
        Assert.Equal(["to"], refusal.Fields.Keys);
    }

    [Fact]
    public async Task SetAsync_RefusesTheStandIn_WhenTheyWorkElsewhereOrHaveLeft()
    {
        await using var host = NewHost();
        var service = host.Get<StandInService>();

        var elsewhere = await Assert.ThrowsAsync<LabDomainException>(() =>
            service.SetAsync(NotificationTestHost.Kim.Id, NotificationTestHost.Kim.Id, Elsewhere.Id, June8, June19, host.Token));
        var left = await Assert.ThrowsAsync<LabDomainException>(() =>
            service.SetAsync(NotificationTestHost.Kim.Id, NotificationTestHost.Kim.Id, Left.Id, June8, June19, host.Token));

        Assert.Equal(
            "Eli Förskola is not a member of any administration the away person works in; choose someone from the same administration.",
            Assert.Single(elsewhere.FieldErrors!["standInId"]));
        Assert.Equal(InputMessages.PersonInactive.Code, Assert.Single(left.Fields!["standInId"]).Code);
    }

    [Fact]
    public async Task RemoveAsync_RemovesThePeriodOnce_WhenThePersonIsBack()
    {
        await using var host = NewHost();
        var service = host.Get<StandInService>();
        await service.SetAsync(NotificationTestHost.Kim.Id, NotificationTestHost.Kim.Id, NotificationTestHost.Lo.Id, June8, June19, host.Token);

        var first = await service.RemoveAsync(NotificationTestHost.Kim.Id, NotificationTestHost.Kim.Id, host.Token);
        var second = await service.RemoveAsync(NotificationTestHost.Kim.Id, NotificationTestHost.Kim.Id, host.Token);

        Assert.True(first);
        Assert.False(second);
        Assert.Null(await service.GetAsync(NotificationTestHost.Kim.Id, NotificationTestHost.Kim.Id, host.Token));
    }

    private static NotificationTestHost NewHost()
    {
        var host = new NotificationTestHost();
        var directory = host.Get<InMemoryDirectory>();
        directory.AddPerson(Admin);
        directory.AddMembership(new Membership(Admin.Id, PilotAdministrations.Forskoleforvaltningen.Id, Role.Admin));
        directory.AddPerson(Elsewhere);
        directory.AddMembership(new Membership(Elsewhere.Id, PilotAdministrations.Forskoleforvaltningen.Id, Role.Coordinator));
        directory.AddPerson(Left);
        directory.AddMembership(new Membership(Left.Id, PilotAdministrations.Grundskoleforvaltningen.Id, Role.Coordinator));
        return host;
    }
}
