using System.Security.Claims;
using System.Text.Json.Nodes;
using LabFlow.Activities.Collections;
using LabFlow.Activities.Labs;
using LabFlow.Host.Authorization;
using LabFlow.Host.Components.Shared;
using LabFlow.Workflows.Execution;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace LabFlow.Host.Components.Pages.Boards;

/// <summary>
/// What the board page and the projector view share: reading the collection through <see cref="CollectionService"/>
/// (which decides what the viewer may see), and reading it again whenever <see cref="ICollectionNotifier"/> says it
/// changed or the browser reconnects. Nothing polls: an idle board makes no query. Every read and command runs in a
/// scope of its own, so a refresh pushed while a command is running never shares its database context.
/// </summary>
public abstract class CollectionPageBase : ComponentBase, IDisposable
{
    private IDisposable? _subscription;
    private Guid _subscribedId;
    private bool _disposed;
    private Workflows.Definitions.FlowKind? _labKind;

    // A command's own read and the reads pushed changes ask for would otherwise run side by side and finish out of order.
    private readonly SerialReads _reads = new();

    [Parameter]
    public Guid Id { get; set; }

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    [Inject]
    private IServiceScopeFactory ScopeFactory { get; set; } = default!;

    [Inject]
    private ICollectionNotifier Notifier { get; set; } = default!;

    [Inject]
    private BoardCircuitEvents CircuitEvents { get; set; } = default!;

    protected BoardState State { get; private set; } = BoardState.Loading;

    protected CollectionView? View { get; private set; }

    protected Guid Me { get; private set; }

    /// <summary>What the board's lab is (a lab, a conference …), so links and texts call it by its own name.</summary>
    protected Workflows.Definitions.FlowKind LabKind => _labKind ?? Workflows.Definitions.FlowKinds.Default;

    protected bool IsOpen => View is { IsOpen: true };

    protected override async Task OnParametersSetAsync()
    {
        var user = AuthenticationState is null ? new ClaimsPrincipal() : (await AuthenticationState).User;
        try
        {
            Me = user.PersonId();
        }
        catch (WorkflowException)
        {
            State = BoardState.Forbidden;
            return;
        }

        await ReadAsync();

        // Only a live circuit listens; the prerendered page is a snapshot that the circuit replaces.
        if (RendererInfo.IsInteractive && _subscribedId != Id)
        {
            _subscription?.Dispose();
            _subscribedId = Id;
            _subscription = Notifier.Subscribe(Id, OnChangedAsync);
            CircuitEvents.Reconnected -= OnChangedAsync;
            CircuitEvents.Reconnected += OnChangedAsync;
        }
    }

    /// <summary>Runs <paramref name="work"/> with services of a scope of its own.</summary>
    protected async Task<T> WithAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = ScopeFactory.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    protected Task WithAsync(Func<IServiceProvider, Task> work) =>
        WithAsync(async services =>
        {
            await work(services);
            return true;
        });

    /// <summary>Reads the collection again as the viewer sees it, one read at a time (<see cref="SerialReads"/>).</summary>
    protected async Task ReadAsync()
    {
        try
        {
            await _reads.ReadAsync(async () =>
            {
                var view = await WithAsync(services => services.GetRequiredService<CollectionService>().GetAsync(Id, Me, CancellationToken.None));
                _labKind ??= await WithAsync(services => services.GetRequiredService<LabKinds>().KindAsync(view.LabId, CancellationToken.None));
                View = view;
                State = BoardState.Loaded;
            });
        }
        catch (LabDomainException exception) when (exception.Code == LabErrors.NotFound)
        {
            State = BoardState.NotFound;
        }
        catch (LabDomainException exception) when (exception.Code == LabErrors.Forbidden)
        {
            State = BoardState.Forbidden;
        }
    }

    /// <summary>An idea's first answer, as its title in lists and labels.</summary>
    protected static string Headline(JsonObject answers) =>
        answers.Select(a => a.Value is JsonValue v && v.TryGetValue<string>(out var text) ? text : null).FirstOrDefault(t => !string.IsNullOrWhiteSpace(t)) ?? "–";

    /// <summary>The idea's other text answers, in the form's order.</summary>
    protected static IEnumerable<string> Details(JsonObject answers) =>
        answers.Select(a => a.Value is JsonValue v && v.TryGetValue<string>(out var text) ? text : null)
            // A file's id (an idea's photo) is shown as its picture, not as text.
            .Where(t => !string.IsNullOrWhiteSpace(t) && !Guid.TryParse(t, out _))
            .Skip(1)
            .Cast<string>();

    protected string Title => View?.Title.Get(System.Globalization.CultureInfo.CurrentUICulture) ?? BoardTexts.Ideas;

    protected string WindowText => View is not { } view
        ? string.Empty
        : view.IsOpen ? BoardTexts.OpenUntil(UiText.DateTime(view.ClosesAt)) : BoardTexts.Closed;

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _subscription?.Dispose();
        CircuitEvents.Reconnected -= OnChangedAsync;
    }

    private Task OnChangedAsync() => InvokeAsync(async () =>
    {
        if (_disposed)
        {
            return;
        }

        await ReadAsync();
        StateHasChanged();
    });
}
