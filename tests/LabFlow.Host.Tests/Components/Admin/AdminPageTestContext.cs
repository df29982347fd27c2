using System.Globalization;
using System.Security.Claims;
using Bunit;
using Bunit.TestDoubles;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Organisation;
using LabFlow.Host.Authorization;
using LabFlow.Host.Components.Pages.Admin;
using LabFlow.Host.Components.Pages.Settings;
using LabFlow.Host.Infrastructure.Identity;
using LabFlow.Host.Tests.ApiResources;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace LabFlow.Host.Tests.Components.Admin;

/// <summary>
/// The administration and settings pages rendered by bunit over the real Host's services (real SQLite, Identity,
/// email outbox, task domain): the pages' services are built from one scope of the Host, as a page's own scope
/// would build them. A lab on <see cref="ApiFlows.Story"/> gives the coordinator one open task.
/// </summary>
public abstract class AdminPageTestContext : BunitContext, IAsyncLifetime
{
    private readonly CultureInfo _culture = CultureInfo.CurrentCulture;
    private readonly CultureInfo _uiCulture = CultureInfo.CurrentUICulture;
    private readonly BunitAuthorizationContext _authorization;
    private AsyncServiceScope _scope;

    protected AdminPageTestContext()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        _authorization = AddAuthorization();
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("sv-SE");
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("sv-SE");
    }

    public ApiResourcesFactory Factory { get; } = new();

    public Person Admin { get; private set; } = null!;

    public Person Coordinator { get; private set; } = null!;

    public Person Facilitator { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Factory.PublishAsync(ApiFlows.Story);
        Admin = await Factory.CreatePersonAsync("Alva Admin", organisationRoles: [LabFlowRoles.Admin]);
        Coordinator = await Factory.CreateMemberAsync("Cora Koordinator", ApiResourcesFactory.Own, Role.Coordinator);
        Facilitator = await Factory.CreateMemberAsync("Fia Facilitator", ApiResourcesFactory.Own, Role.Facilitator);
        await Factory.InScopeAsync(async services => (await services.GetRequiredService<LabService>().LaunchAsync(
            new LaunchLabRequest(
                "api-story",
                "Adminlabbet",
                ApiResourcesFactory.Own,
                "Hur kan vi pröva administrationen?",
                new DateOnly(2020, 1, 6),
                [new LabMember(Coordinator.Id, Role.Coordinator), new LabMember(Facilitator.Id, Role.Facilitator)]),
            Facilitator.Id,
            CancellationToken.None)).Id);

        _scope = Factory.Services.CreateAsyncScope();
        Services.AddSingleton(ActivatorUtilities.CreateInstance<PeopleAdministration>(_scope.ServiceProvider));
        Services.AddSingleton(ActivatorUtilities.CreateInstance<PersonalSettings>(_scope.ServiceProvider));

        // The settings page's stand-in section asks StandInService; its person picker searches the directory.
        Services.AddSingleton(_scope.ServiceProvider.GetRequiredService<IDirectory>());
        Services.AddSingleton(_scope.ServiceProvider.GetRequiredService<IStandIns>());
        Services.AddSingleton(_scope.ServiceProvider.GetRequiredService<StandInService>());

        // The person page's erasure section asks PersonalDataService who may erase.
        Services.AddSingleton(_scope.ServiceProvider.GetRequiredService<LabFlow.Activities.Privacy.PersonalDataService>());

        // The settings page asks the participant register for the person's own profile.
        Services.AddSingleton(_scope.ServiceProvider.GetRequiredService<LabFlow.Activities.Register.ParticipantRegisterService>());
    }

    /// <summary>Renders <typeparamref name="TPage"/> as <paramref name="person"/> signed in with a cookie (or a token when <paramref name="tokenId"/> is given).</summary>
    protected IRenderedComponent<TPage> RenderAs<TPage>(Person person, Action<ComponentParameterCollectionBuilder<TPage>>? parameters = null, Guid? tokenId = null)
        where TPage : IComponent
    {
        _authorization.SetAuthorized(person.Email);
        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, person.Id.ToString()) };
        if (tokenId is { } id)
        {
            claims.Add(new Claim(LabFlowClaimTypes.TokenId, id.ToString()));
        }

        _authorization.SetClaims([.. claims]);
        return Render(parameters ?? (_ => { }));
    }

    /// <summary>Runs <paramref name="work"/> in a fresh scope of the Host, to read what the page stored.</summary>
    protected Task<T> InHostAsync<T>(Func<IServiceProvider, Task<T>> work) => Factory.InScopeAsync(work);

    async Task IAsyncLifetime.DisposeAsync()
    {
        CultureInfo.CurrentCulture = _culture;
        CultureInfo.CurrentUICulture = _uiCulture;
        await base.DisposeAsync();
        await _scope.DisposeAsync();
        await Factory.DisposeAsync();
    }
}
