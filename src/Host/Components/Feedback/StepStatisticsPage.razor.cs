using LabFlow.Activities.Feedback;
using LabFlow.Activities.Labs;
using LabFlow.Host.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace LabFlow.Host.Components.Feedback;

/// <summary>
/// <c>/flows/{id}/statistics</c>: each step's numbers across the flow's labs as a table with a caption, column and row
/// headers, so a screen reader reads every number with its step and measure; one version or all.
/// </summary>
public sealed partial class StepStatisticsPage
{
    private bool _loading = true;
    private bool _forbidden;
    private Guid _me;
    private int? _version;
    private FlowStatistics? _statistics;

    [Parameter]
    public string FlowId { get; set; } = string.Empty;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    private StepStatisticsQuery Query => ScopedServices.GetRequiredService<StepStatisticsQuery>();

    protected override async Task OnParametersSetAsync()
    {
        var user = AuthenticationState is null ? new() : (await AuthenticationState).User;
        _me = user.PersonId();
        await LoadAsync();
        _loading = false;
    }

    private async Task LoadAsync()
    {
        try
        {
            _statistics = await Query.GetAsync(FlowId, _me, _version, CancellationToken.None);
        }
        catch (LabDomainException refused) when (refused.Code == LabErrors.Forbidden)
        {
            _forbidden = true;
        }
    }

    private async Task ChooseVersionAsync(ChangeEventArgs change)
    {
        _version = int.TryParse(change.Value as string, out var version) ? version : null;
        await LoadAsync();
    }
}
