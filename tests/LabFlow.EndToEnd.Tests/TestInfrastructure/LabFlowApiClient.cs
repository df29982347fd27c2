using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace LabFlow.EndToEnd.Tests.TestInfrastructure;

/// <summary>
/// LabFlow's public REST API as an integration would call it, signed in as one person: how the browser tests arrange
/// what no page does yet (launching a lab), never a back door into the database.
/// </summary>
internal sealed class LabFlowApiClient : IDisposable
{
    private readonly HttpClient _client;

    private LabFlowApiClient(HttpClient client) => _client = client;

    public static async Task<LabFlowApiClient> SignInAsync(Uri baseAddress, DemoPerson person, CancellationToken cancellationToken)
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = baseAddress };
        using var response = await client.PostAsJsonAsync(
            "/api/v1/account/login", new { email = person.Email, password = DemoPeople.Password }, cancellationToken);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            client.Dispose();
            throw new InvalidOperationException(
                $"{person.Email} could not sign in through the API: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(cancellationToken)}");
        }

        return new LabFlowApiClient(client);
    }

    /// <summary>
    /// Launches the social innovation lab flow with the demo people, starting in 30 days as the demo lab does, so its
    /// preparation tasks are open today: the coordinator gets "Förankra uppdraget" and the facilitator theirs.
    /// </summary>
    public async Task<E2ELab> LaunchLabAsync(string title, DateOnly startDate, CancellationToken cancellationToken)
    {
        using var response = await _client.PostAsJsonAsync(
            "/api/v1/labs",
            new
            {
                definitionId = "social-innovation-lab",
                title,
                administrationId = "grundskoleforvaltningen",
                challenge = E2ELab.Challenge,
                startDate = startDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                people = DemoPeople.LabMembers.Select(p => new { personId = p.Id, role = p.Role }),
            },
            cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (response.StatusCode != HttpStatusCode.Created)
        {
            throw new InvalidOperationException($"Launching the browser tests' lab failed: {(int)response.StatusCode} {body}");
        }

        using var lab = JsonDocument.Parse(body);
        return new E2ELab(lab.RootElement.GetProperty("id").GetGuid(), title);
    }

    /// <summary>Adds an ad-hoc task (due <paramref name="due"/>) to a lab the caller manages; answers the task's id.</summary>
    public async Task<Guid> AddAdHocTaskAsync(Guid labId, string title, Guid assigneeId, DateOnly due, CancellationToken cancellationToken)
    {
        using var response = await _client.PostAsJsonAsync(
            $"/api/v1/labs/{labId}/tasks",
            new { title, assigneeId, due = due.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) },
            cancellationToken);
        return await CreatedIdAsync(response, "Adding an ad-hoc task", cancellationToken);
    }

    /// <summary>Creates a person (as an administrator) with one role in one administration; answers the person's id.</summary>
    public async Task<Guid> CreatePersonAsync(string name, string email, string administrationId, string role, CancellationToken cancellationToken)
    {
        using var response = await _client.PostAsJsonAsync(
            "/api/v1/people", new { name, email, memberships = new[] { new { administrationId, role } } }, cancellationToken);
        return await CreatedIdAsync(response, "Creating a person", cancellationToken);
    }

    /// <summary>Imports and publishes a flow (as a designer).</summary>
    public async Task ImportFlowAsync(string flowJson, CancellationToken cancellationToken)
    {
        using var content = new StringContent(flowJson, System.Text.Encoding.UTF8, "application/json");
        using var response = await _client.PostAsync("/api/v1/flows/import", content, cancellationToken);
        if (response.StatusCode != HttpStatusCode.Created)
        {
            throw new InvalidOperationException($"Importing a flow failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(cancellationToken)}");
        }
    }

    /// <summary>Launches <paramref name="definitionId"/> in Grundskoleförvaltningen with <paramref name="people"/> (person, role in the lab).</summary>
    public async Task<Guid> LaunchAsync(string definitionId, string title, DateOnly startDate, IEnumerable<(Guid PersonId, string Role)> people, CancellationToken cancellationToken)
    {
        using var response = await _client.PostAsJsonAsync(
            "/api/v1/labs",
            new
            {
                definitionId,
                title,
                administrationId = "grundskoleforvaltningen",
                challenge = E2ELab.Challenge,
                startDate = startDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                people = people.Select(p => new { personId = p.PersonId, role = p.Role }),
            },
            cancellationToken);
        return await CreatedIdAsync(response, $"Launching {definitionId}", cancellationToken);
    }

    /// <summary>GETs <paramref name="path"/> and answers its JSON; any status but 200 fails with the body.</summary>
    public async Task<JsonElement> GetAsync(string path, CancellationToken cancellationToken)
    {
        using var response = await _client.GetAsync(path, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        return response.StatusCode == HttpStatusCode.OK
            ? JsonDocument.Parse(text).RootElement.Clone()
            : throw new InvalidOperationException($"GET {path} answered {(int)response.StatusCode}: {text}");
    }

    /// <summary>POSTs <paramref name="body"/> as JSON and answers the response's JSON; any status but <paramref name="expected"/> fails with the body.</summary>
    public async Task<JsonElement> PostAsync(string path, object? body, HttpStatusCode expected, CancellationToken cancellationToken)
    {
        using var response = await _client.PostAsJsonAsync(path, body, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (response.StatusCode != expected)
        {
            throw new InvalidOperationException($"POST {path} answered {(int)response.StatusCode}, not {(int)expected}: {text}");
        }

        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    private static async Task<Guid> CreatedIdAsync(HttpResponseMessage response, string what, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (response.StatusCode != HttpStatusCode.Created)
        {
            throw new InvalidOperationException($"{what} failed: {(int)response.StatusCode} {body}");
        }

        using var created = JsonDocument.Parse(body);
        return created.RootElement.GetProperty("id").GetGuid();
    }

    public void Dispose() => _client.Dispose();
}
