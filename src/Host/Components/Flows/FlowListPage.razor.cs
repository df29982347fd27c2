using System.Security.Claims;
using System.Text.Json.Nodes;
using LabFlow.Host.Authorization;
using LabFlow.Host.Infrastructure.Flows;
using LabFlow.Workflows.Definitions;
using LabFlow.Workflows.Persistence;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;

namespace LabFlow.Host.Components.Flows;

/// <summary>
/// <c>/flows</c>: the flows with their newest version, draft and running labs; designers open, create and import
/// flows, everyone who may read flows exports a version. Checks the API's policies (ReadFlows, DesignFlows).
/// </summary>
public sealed partial class FlowListPage
{
    /// <summary>The largest flow file an import reads; the biggest shipped flow is far below it.</summary>
    private const long MaxImportBytes = 1024 * 1024;

    private PageState _state = PageState.Loading;
    private ClaimsPrincipal _user = new();
    private bool _canDesign;
    private bool _busy;
    private List<FlowListItem> _rows = [];
    private readonly Dictionary<string, List<VersionRow>> _versions = new(StringComparer.Ordinal);
    private string? _notice;
    private IReadOnlyList<FlowIssue> _issues = [];
    private string _issuesTitle = string.Empty;
    private string? _newId;
    private string? _newNameSv;
    private string? _newNameEn;

    private enum PageState
    {
        Loading,
        Forbidden,
        Loaded,
    }

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    [Inject]
    private IAuthorizationService Authorization { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    private FlowDesignService Flows => ScopedServices.GetRequiredService<FlowDesignService>();

    protected override async Task OnInitializedAsync()
    {
        _user = AuthenticationState is null ? new ClaimsPrincipal() : (await AuthenticationState).User;
        if (!(await Authorization.AuthorizeAsync(_user, LabFlowPolicies.ReadFlows)).Succeeded)
        {
            _state = PageState.Forbidden;
            return;
        }

        _canDesign = (await Authorization.AuthorizeAsync(_user, LabFlowPolicies.DesignFlows)).Succeeded;
        await ReloadAsync();
        _state = PageState.Loaded;
    }

    private async Task ReloadAsync() => _rows = [.. await Flows.ListAsync(CancellationToken.None)];

    private async Task ToggleVersionsAsync(string id)
    {
        if (_versions.Remove(id))
        {
            return;
        }

        await LoadVersionsAsync(id);
    }

    private async Task LoadVersionsAsync(string id)
    {
        var versions = await Flows.ListVersionsAsync(id, CancellationToken.None);
        _versions[id] = [.. versions.OrderByDescending(v => v.Definition.Version).Select(ToVersionRow)];
    }

    private async Task RetractAsync(string id, int version)
    {
        if (!_canDesign || !await Flows.RetractAsync(id, version, CancellationToken.None))
        {
            return;
        }

        _notice = FlowTexts.RetractedNotice(id, version);
        await ReloadAsync();
        await LoadVersionsAsync(id);
    }

    private async Task CreateAsync()
    {
        if (!_canDesign)
        {
            return;
        }

        _notice = null;
        var id = _newId?.Trim() ?? string.Empty;
        var sv = _newNameSv?.Trim() ?? string.Empty;
        var en = _newNameEn?.Trim() ?? string.Empty;
        var missing = new List<FlowIssue>();
        if (id.Length == 0)
        {
            missing.Add(new FlowIssue("$.id", FlowTexts.FieldRequired));
        }

        if (sv.Length == 0)
        {
            missing.Add(new FlowIssue("$.name.sv", FlowTexts.FieldRequired));
        }

        if (missing.Count > 0)
        {
            ShowIssues(FlowTexts.CreateFailed(missing.Count), missing);
            return;
        }

        var name = en.Length == 0 ? new JsonObject { ["sv"] = sv } : new JsonObject { ["sv"] = sv, ["en"] = en };
        var document = new JsonObject
        {
            ["id"] = id,
            ["version"] = 1,
            ["name"] = name,
            ["activities"] = new JsonArray(new JsonObject { ["id"] = "start", ["type"] = "Start", ["designer"] = new JsonObject { ["x"] = 0, ["y"] = 80 } }),
        };

        _busy = true;
        try
        {
            var json = document.ToJsonString();
            // The API would keep a draft whose id breaks the format; the designer cannot change the id later, so it is checked first.
            var idIssues = Flows.ValidateJson(json).Where(i => i.Path.StartsWith("$.id", StringComparison.Ordinal) || i.Path.StartsWith("$.name", StringComparison.Ordinal)).ToList();
            var result = idIssues.Count > 0 ? FlowSaveResult.Refused(idIssues) : await Flows.CreateDraftAsync(json, CancellationToken.None);
            if (!result.Saved)
            {
                ShowIssues(FlowTexts.CreateFailed(result.Issues.Count), result.Issues);
                return;
            }

            Navigation.NavigateTo($"/flows/{Uri.EscapeDataString(id)}/design");
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task ImportAsync(InputFileChangeEventArgs args)
    {
        if (!_canDesign)
        {
            return;
        }

        _notice = null;
        _issues = [];
        string json;
        try
        {
            await using var stream = args.File.OpenReadStream(MaxImportBytes);
            using var reader = new StreamReader(stream);
            json = await reader.ReadToEndAsync(CancellationToken.None);
        }
        catch (IOException)
        {
            ShowIssues(FlowTexts.ImportFailed(1), [new FlowIssue("$", FlowTexts.ImportTooLarge(MaxImportBytes))]);
            return;
        }

        _busy = true;
        try
        {
            var result = await Flows.ImportAsync(json, _user, CancellationToken.None);
            if (result.Published is not { } published)
            {
                ShowIssues(FlowTexts.ImportFailed(result.Issues.Count), result.Issues);
                return;
            }

            _notice = FlowTexts.Imported(published.Definition.Id, published.Definition.Version);
            await ReloadAsync();
            if (_versions.ContainsKey(published.Definition.Id))
            {
                await LoadVersionsAsync(published.Definition.Id);
            }
        }
        finally
        {
            _busy = false;
        }
    }

    private void ShowIssues(string title, IReadOnlyList<FlowIssue> issues)
    {
        _issuesTitle = title;
        _issues = issues;
    }

    private static VersionRow ToVersionRow(StoredWorkflowDefinition stored) =>
        new(stored.Definition.Version, stored.PublishedAt, stored.IsRetracted,
            "data:application/json;charset=utf-8," + Uri.EscapeDataString(WorkflowDefinitionSerializer.Serialize(stored.Definition)));

    private sealed record VersionRow(int Version, DateTimeOffset PublishedAt, bool IsRetracted, string DataUri);
}
