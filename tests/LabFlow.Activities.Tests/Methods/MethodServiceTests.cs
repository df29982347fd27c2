using LabFlow.Activities.Labs;
using LabFlow.Activities.Methods;
using LabFlow.Activities.Organisation;
using LabFlow.Activities.Tests.TestSupport;
using LabFlow.Workflows.Definitions;

namespace LabFlow.Activities.Tests.Methods;

/// <summary>Who may do what in the method library: everyone reads, designers edit, facilitators rate.</summary>
public sealed class MethodServiceTests
{
    private static readonly System.Globalization.CultureInfo Sv = System.Globalization.CultureInfo.GetCultureInfo("sv");

    private static readonly Person Designer = new(Guid.Parse("40000000-0000-0000-0000-000000000001"), "Dana Designer", "dana@example.se");

    [Fact]
    public async Task SaveAsync_IsRefused_WhenTheCallerIsAParticipantOrAFacilitator()
    {
        await using var host = await NewHostAsync();
        var service = host.Get<MethodService>();
        var edited = Method("kortlek") with { Name = LocalizedText.Of("Ändrad", "Changed") };

        var participant = await Assert.ThrowsAsync<LabDomainException>(() => service.SaveAsync(LabTestHost.Participants[0].Id, "kortlek", edited, 1, host.Token));
        var facilitator = await Assert.ThrowsAsync<LabDomainException>(() => service.SaveAsync(LabTestHost.Facilitator.Id, "kortlek", edited, 1, host.Token));

        Assert.Equal(LabErrors.Forbidden, participant.Code);
        Assert.Equal("Only designers and administrators may change methods; ask a designer to make the change.", participant.Message);
        Assert.Equal(LabErrors.Forbidden, facilitator.Code);
        Assert.Equal("Kortlek", (await service.GetAsync("kortlek", Designer.Id, host.Token)).Stored.Method.Name.Get(Sv));
    }

    [Fact]
    public async Task SaveAsync_AddsAVersion_WhenADesignerEditsTheNewestVersion()
    {
        await using var host = await NewHostAsync();
        var service = host.Get<MethodService>();

        var saved = await service.SaveAsync(Designer.Id, "kortlek", Method("kortlek") with { Name = LocalizedText.Of("Kortleken", "The deck") }, 1, host.Token);
        var stale = await Assert.ThrowsAsync<LabDomainException>(() => service.SaveAsync(Designer.Id, "kortlek", Method("kortlek"), 1, host.Token));
        var details = await service.GetAsync("kortlek", Designer.Id, host.Token);

        Assert.Equal((2, "designer:" + Designer.Id), (saved.Version, saved.Origin));
        Assert.Equal(LabErrors.Conflict, stale.Code);
        Assert.Equal("Method 'kortlek' has changed since you opened it (now version 2, you started from 1). Reload and make the change again.", stale.Message);
        Assert.Equal(("Kortleken", true, false), (details.Stored.Method.Name.Get(Sv), details.CanEdit, details.CanRate));
    }

    [Fact]
    public async Task SaveAsync_ListsEveryFieldsProblem_WhenTheMethodIsInvalid()
    {
        await using var host = await NewHostAsync();
        var broken = Method("kortlek") with { Name = LocalizedText.Of([new("sv", " ")]), Minutes = new MethodRange(0, 10), Grounds = ["height"] };

        var refused = await Assert.ThrowsAsync<LabDomainException>(() => host.Get<MethodService>().SaveAsync(Designer.Id, "kortlek", broken, 1, host.Token));

        Assert.Equal(LabErrors.Invalid, refused.Code);
        Assert.Equal(["name", "minutes", "equality.grounds[0]"], refused.FieldErrors!.Keys);
        Assert.Equal(["Write the name in Swedish (\"sv\"), and preferably in English (\"en\") too."], refused.FieldErrors["name"]);
    }

    [Fact]
    public async Task RateAsync_KeepsOneRatingPerFacilitator_AndRefusesParticipantsAndOutOfRange()
    {
        await using var host = await NewHostAsync();
        var service = host.Get<MethodService>();

        await service.RateAsync(LabTestHost.Facilitator.Id, "kortlek", 2, host.Token);
        var ratings = await service.RateAsync(LabTestHost.Facilitator.Id, "kortlek", 4, host.Token);
        var participant = await Assert.ThrowsAsync<LabDomainException>(() => service.RateAsync(LabTestHost.Participants[0].Id, "kortlek", 5, host.Token));
        var outOfRange = await Assert.ThrowsAsync<LabDomainException>(() => service.RateAsync(LabTestHost.Facilitator.Id, "kortlek", 6, host.Token));
        var unknown = await Assert.ThrowsAsync<LabDomainException>(() => service.RateAsync(LabTestHost.Facilitator.Id, "finns-inte", 3, host.Token));

        Assert.Equal(new MethodRatings(1, 4.0), ratings);
        Assert.Equal(4, (await service.GetAsync("kortlek", LabTestHost.Facilitator.Id, host.Token)).MyRating);
        Assert.Equal(LabErrors.Forbidden, participant.Code);
        Assert.Equal(["The rating must be a whole number from 1 to 5 (got 6)."], outOfRange.FieldErrors!["rating"]);
        Assert.Equal(LabErrors.NotFound, unknown.Code);
    }

    [Fact]
    public async Task ListAsync_FiltersByWordsPhaseAndGround_ForAnyReader()
    {
        await using var host = await NewHostAsync();
        var service = host.Get<MethodService>();
        await host.Get<IMethodStore>().AddVersionAsync(Method("skuggning") with { Name = LocalizedText.Of("Skuggning", "Shadowing"), Phases = ["prototype"], Grounds = ["disability"] }, 0, "file:skuggning.json", "x", host.Time.GetUtcNow(), host.Token);

        var byWord = await service.ListAsync(new MethodQuery("shadow"), host.Token);
        var byPhase = await service.ListAsync(new MethodQuery(Phase: "explore"), host.Token);
        var byGround = await service.ListAsync(new MethodQuery(Ground: "disability"), host.Token);
        var all = await service.ListAsync(new MethodQuery(), host.Token);

        Assert.Equal(["skuggning"], byWord.Select(m => m.Stored.Method.Id));
        Assert.Equal(["kortlek"], byPhase.Select(m => m.Stored.Method.Id));
        Assert.Equal(["skuggning"], byGround.Select(m => m.Stored.Method.Id));
        Assert.Equal(["kortlek", "skuggning"], all.Select(m => m.Stored.Method.Id));
    }

    internal static LabMethod Method(string id) => new()
    {
        Id = id,
        Name = LocalizedText.Of("Kortlek", "Card deck"),
        Purpose = LocalizedText.Of("Starta samtal.", "Start conversations."),
        Phases = ["explore"],
        Minutes = new MethodRange(20, 40),
        GroupSize = new MethodRange(3, 8),
        Instructions = LocalizedText.Of("1. Dra ett kort.", "1. Draw a card."),
        Grounds = ["age"],
        Inclusion = LocalizedText.Of("Läs upp korten.", "Read the cards aloud."),
        Source = LocalizedText.Of("Egen metod.", "Own method."),
    };

    private static async Task<LabTestHost> NewHostAsync()
    {
        var host = new LabTestHost();
        host.Directory.AddPerson(Designer);
        host.Directory.AddMembership(new Membership(Designer.Id, PilotAdministrations.Grundskoleforvaltningen.Id, Role.Designer));
        await host.Get<IMethodStore>().AddVersionAsync(Method("kortlek"), 0, "file:kortlek.json", "hash", host.Time.GetUtcNow(), host.Token);
        return host;
    }
}
