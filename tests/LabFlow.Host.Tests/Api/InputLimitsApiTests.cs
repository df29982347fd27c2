using System.Net;
using System.Text.Json;
using LabFlow.Activities.Collections;
using LabFlow.Activities.Organisation;
using LabFlow.Host.Tests.ApiResources;
using Microsoft.Extensions.DependencyInjection;

namespace LabFlow.Host.Tests.Api;

/// <summary>
/// Every command of the API, sent an oversized string in each free-text and id field and an integer or an undefined
/// name in each enum field: a 400 validation problem that names the field, and not one row of the database changes.
/// </summary>
public sealed class InputLimitsApiTests(ApiResourcesFactory factory) : IClassFixture<ApiResourcesFactory>
{
    /// <summary>About 300 KB: far over every limit, well under the 1 MB body limit.</summary>
    private static readonly string Oversized = new('x', 300_000);

    private static readonly object[] UndefinedEnums = [99, -1, "99", "Boss"];

    [Fact]
    public async Task EveryCommand_Answers400NamingTheField_AndStoresNothing_WhenAFieldIsOversizedOrAnEnumIsUndefined()
    {
        // Arrange: a running lab with a coordinator's task, a participant's idea collection and a waiting signal.
        await factory.PublishAsync(ApiFlows.Matrix);
        var (adminPerson, admin) = await factory.CreateSignedInAsync("Limits Admin", ApiResourcesFactory.Own, Role.Admin);
        var (coordinator, coordinatorClient) = await factory.CreateSignedInAsync("Limits Coordinator", ApiResourcesFactory.Own, Role.Coordinator);
        var (participant, participantClient) = await factory.CreateSignedInAsync("Limits Participant", ApiResourcesFactory.Own, Role.Participant);
        using var launched = await admin.PostAsync("/api/v1/labs", ApiResourcesFactory.Json(Launch(new { personId = coordinator.Id, role = "Coordinator" }, new { personId = participant.Id, role = "Participant" })));
        Assert.Equal(HttpStatusCode.Created, launched.StatusCode);
        var labId = (await ApiResourcesFactory.ReadJsonAsync(launched)).GetProperty("id").GetGuid();
        var details = JsonDocument.Parse(await admin.GetStringAsync($"/api/v1/labs/{labId}")).RootElement;
        var task = details.GetProperty("tasks").EnumerateArray().First(t => t.GetProperty("activityId").GetString() == "report");
        var taskId = task.GetProperty("id").GetGuid();

        // Reassigning sets a value, so it carries the version read (else 428); every case is refused, so it stays current.
        var taskVersion = task.GetProperty("version").GetInt64();
        var collectionId = await factory.InScopeAsync(async services =>
            (await services.GetRequiredService<ICollectionStore>().ListByLabAsync(labId, CancellationToken.None)).First(c => c.ActivityId == "ideas").Id);

        var cases = new List<(HttpClient Client, HttpMethod Method, string Path, object? Body, string Field)>();
        void Add(HttpMethod method, string path, object? body, string field, HttpClient? client = null) => cases.Add((client ?? admin, method, path, body, field));

        Add(HttpMethod.Post, "/api/v1/labs", Launch() with { DefinitionId = Oversized }, "definitionId");
        Add(HttpMethod.Post, "/api/v1/labs", Launch() with { Title = Oversized }, "title");
        Add(HttpMethod.Post, "/api/v1/labs", Launch() with { Challenge = Oversized }, "challenge");
        Add(HttpMethod.Post, "/api/v1/labs", Launch() with { AdministrationId = Oversized }, "administrationId");
        Add(HttpMethod.Post, "/api/v1/labs", Launch() with { AdministrationId = "Grundskole_Forvaltningen" }, "administrationId");
        Add(HttpMethod.Post, "/api/v1/labs", Launch() with { TargetAreas = [Oversized] }, "targetAreas[0]");
        foreach (var role in UndefinedEnums)
        {
            Add(HttpMethod.Post, "/api/v1/labs", Launch(new { personId = coordinator.Id, role }), "people[0].role");
            Add(HttpMethod.Post, $"/api/v1/labs/{labId}/people", new { personId = coordinator.Id, role }, "role");
            Add(HttpMethod.Post, $"/api/v1/people/{coordinator.Id}/memberships", new { administrationId = ApiResourcesFactory.Own, role }, "role");
            Add(HttpMethod.Post, "/api/v1/people", new { name = "N", email = "n@test.example", memberships = new[] { new { administrationId = ApiResourcesFactory.Own, role } } }, "memberships[0].role");
        }

        Add(HttpMethod.Post, $"/api/v1/labs/{labId}/cancel", new { reason = Oversized }, "reason");
        Add(HttpMethod.Post, $"/api/v1/labs/{labId}/tasks", new { title = Oversized, assigneeId = coordinator.Id }, "title");
        Add(HttpMethod.Post, $"/api/v1/labs/{labId}/tasks", new { title = "T", assigneeId = coordinator.Id, instructions = Oversized }, "instructions");
        Add(HttpMethod.Post, $"/api/v1/labs/{labId}/tasks", new { title = "T", assigneeId = coordinator.Id, phase = Oversized }, "phase");
        Add(HttpMethod.Post, $"/api/v1/labs/{labId}/tasks", new { title = "T", assigneeId = coordinator.Id, phase = "not-a-phase-of-the-flow" }, "phase");
        Add(HttpMethod.Post, $"/api/v1/labs/{labId}/signals/{new string('s', 201)}", new { }, "name");
        Add(HttpMethod.Post, $"/api/v1/labs/{labId}/signals/go", new { correlation = Oversized }, "correlation");

        Add(HttpMethod.Post, $"/api/v1/tasks/{taskId}/complete", new { action = Oversized, answers = new { note = "n" } }, "action", coordinatorClient);
        Add(HttpMethod.Post, $"/api/v1/tasks/{taskId}/complete", new { answers = new { note = Oversized } }, "note", coordinatorClient);
        Add(HttpMethod.Post, $"/api/v1/tasks/{taskId}/delegate", new { toPersonId = adminPerson.Id, note = Oversized }, "note", coordinatorClient);
        Add(HttpMethod.Post, $"/api/v1/tasks/{taskId}/reassign", new { toPersonId = adminPerson.Id, note = Oversized, version = taskVersion }, "note");
        Add(HttpMethod.Post, $"/api/v1/tasks/{taskId}/comments", new { text = Oversized }, "text");
        Add(HttpMethod.Post, $"/api/v1/tasks/{taskId}/skip", new { reason = Oversized }, "reason");
        Add(HttpMethod.Post, $"/api/v1/tasks/{taskId}/skip", new { reason = "Not needed", outcome = Oversized }, "outcome");
        Add(HttpMethod.Post, "/api/v1/tasks/reassign-all", new { fromPersonId = coordinator.Id, toPersonId = adminPerson.Id, note = Oversized }, "note");
        Add(HttpMethod.Post, $"/api/v1/collections/{collectionId}/submissions", new { answers = new { idea = Oversized } }, "idea", participantClient);

        Add(HttpMethod.Post, "/api/v1/people", new { name = Oversized, email = "n@test.example" }, "name");
        Add(HttpMethod.Post, "/api/v1/people", new { name = "N", email = Oversized }, "email");
        Add(HttpMethod.Post, "/api/v1/people", new { name = "N", email = "n@test.example", culture = Oversized }, "culture");
        Add(HttpMethod.Post, "/api/v1/people", new { name = "N", email = "n@test.example", memberships = new[] { new { administrationId = Oversized, role = "Coordinator" } } }, "memberships[0].administrationId");
        Add(HttpMethod.Put, $"/api/v1/people/{coordinator.Id}", new { name = Oversized, email = coordinator.Email }, "name");
        Add(HttpMethod.Put, $"/api/v1/people/{coordinator.Id}", new { name = "N", email = Oversized }, "email");
        Add(HttpMethod.Put, $"/api/v1/people/{coordinator.Id}", new { name = "N", email = coordinator.Email, culture = Oversized }, "culture");
        Add(HttpMethod.Post, $"/api/v1/people/{coordinator.Id}/deactivate", new { reassignTasksTo = adminPerson.Id, note = Oversized }, "note");
        Add(HttpMethod.Post, $"/api/v1/people/{coordinator.Id}/memberships", new { administrationId = Oversized, role = "Sponsor" }, "administrationId");
        Add(HttpMethod.Post, $"/api/v1/people/{coordinator.Id}/memberships", new { administrationId = "Not An Id", role = "Sponsor" }, "administrationId");
        Add(HttpMethod.Delete, $"/api/v1/people/{coordinator.Id}/memberships/{new string('a', 101)}/Coordinator", null, "administrationId");
        Add(HttpMethod.Delete, $"/api/v1/people/{coordinator.Id}/memberships/{ApiResourcesFactory.Own}/99", null, "role");
        Add(HttpMethod.Get, "/api/v1/people?role=99", null, "role");

        Add(HttpMethod.Post, "/api/v1/account/invitations", new { email = Oversized, name = "N" }, "email");
        Add(HttpMethod.Post, "/api/v1/account/invitations", new { email = "i@test.example", name = Oversized }, "name");
        Add(HttpMethod.Post, "/api/v1/account/invitations", new { email = "i@test.example", name = "N", culture = Oversized }, "culture");
        Add(HttpMethod.Post, "/api/v1/account/invitations", new { email = "i@test.example", name = "N", memberships = new[] { new { administrationId = Oversized, role = "Coordinator" } } }, "memberships[0].administrationId");
        Add(HttpMethod.Post, "/api/v1/account/invitations", new { email = "i@test.example", name = "N", memberships = new[] { new { administrationId = ApiResourcesFactory.Own, role = Oversized } } }, "memberships[0].role");
        Add(HttpMethod.Post, "/api/v1/account/invitations", new { email = "i@test.example", name = "N", roles = new[] { Oversized } }, "roles[0]");
        Add(HttpMethod.Post, "/api/v1/account/tokens", new { name = Oversized }, "name");
        Add(HttpMethod.Post, "/api/v1/account/login", new { email = Oversized, password = "a password" }, "email");
        Add(HttpMethod.Post, "/api/v1/account/login", new { email = coordinator.Email, password = Oversized }, "password");
        Add(HttpMethod.Post, "/api/v1/account/forgot-password", new { email = Oversized }, "email");
        Add(HttpMethod.Post, "/api/v1/account/accept-invitation", new { userId = coordinator.Id, token = Oversized, password = "a long enough passphrase" }, "token");
        Add(HttpMethod.Post, "/api/v1/account/reset-password", new { userId = coordinator.Id, token = "t", password = Oversized }, "password");
        Add(HttpMethod.Post, "/api/v1/flows", ApiFlows.Matrix.Replace("\"id\": \"api-matrix\"", $"\"id\": \"{Oversized}\"", StringComparison.Ordinal), "id");

        var before = await factory.SnapshotAsync();

        // Act
        var wrong = new List<string>();
        foreach (var (client, method, path, body, field) in cases)
        {
            using var request = new HttpRequestMessage(method, path);
            if (body is not null)
            {
                request.Content = body is string json ? ApiResourcesFactory.Json(json) : ApiResourcesFactory.Json(body);
            }

            using var response = await client.SendAsync(request);
            var answer = await response.Content.ReadAsStringAsync();
            var named = response.StatusCode == HttpStatusCode.BadRequest
                && JsonDocument.Parse(answer).RootElement.TryGetProperty("errors", out var errors)
                && (errors.TryGetProperty(field, out _) || errors.TryGetProperty("$." + field, out _));
            if (!named)
            {
                wrong.Add($"{method} {path[..Math.Min(90, path.Length)]} ({field}): {(int)response.StatusCode} {answer[..Math.Min(300, answer.Length)]}");
            }
        }

        // Assert
        Assert.Empty(wrong);
        var after = await factory.SnapshotAsync();
        Assert.Equal(before.Keys, after.Keys);
        Assert.All(before, table => Assert.True(table.Value == after[table.Key], $"Table {table.Key} changed."));
    }

    [Theory]
    [InlineData("99")]
    [InlineData("-1")]
    [InlineData("\"99\"")]
    [InlineData("\"Boss\"")]
    public async Task AddMembership_Answers400ListingTheRoles_AndThePersonStillSignsIn_WhenTheRoleIsNotAName(string role)
    {
        // Arrange
        var (_, admin) = await factory.CreateSignedInAsync("Role Admin " + Guid.NewGuid().ToString("N")[..6], ApiResourcesFactory.Own, Role.Admin);
        var person = await factory.CreateMemberAsync("Role Person " + Guid.NewGuid().ToString("N")[..6], ApiResourcesFactory.Own, Role.Coordinator);

        // Act
        using var response = await admin.PostAsync(
            $"/api/v1/people/{person.Id}/memberships",
            ApiResourcesFactory.Json($$"""{ "administrationId": "{{ApiResourcesFactory.Own}}", "role": {{role}} }"""));

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = (await ApiResourcesFactory.ReadJsonAsync(response)).GetProperty("errors").GetProperty("$.role")[0].GetString();
        Assert.Equal("värdet har fel typ; här ska det vara ett av \"Admin\", \"Designer\", \"Facilitator\", \"Coordinator\", \"Communicator\", \"HR\", \"Sponsor\", \"Participant\", \"ProjectLead\", \"TrainingCoordinator\", \"ProjectCommunicator\", \"EconomistAdministrator\", \"ProjectHR\".", message);
        var stored = JsonDocument.Parse(await admin.GetStringAsync($"/api/v1/people/{person.Id}")).RootElement.GetProperty("memberships");
        Assert.Equal("Coordinator", Assert.Single(stored.EnumerateArray()).GetProperty("role").GetString());
        using var signedIn = await factory.SignInAsync(person.Email);
        Assert.Equal(HttpStatusCode.OK, (await signedIn.GetAsync("/api/v1/account/me")).StatusCode);
    }

    [Fact]
    public async Task DirectoryStore_RefusesAMembershipWithAnUndefinedRole_WhateverDoorItComesThrough()
    {
        // Arrange
        var person = await factory.CreateMemberAsync("Store Person", ApiResourcesFactory.Own, Role.Participant);

        // Act
        var refused = await Assert.ThrowsAsync<LabFlow.Activities.Labs.LabDomainException>(() => factory.InScopeAsync(async services =>
        {
            await services.GetRequiredService<IDirectoryCommands>().AddMembershipAsync(new Membership(person.Id, ApiResourcesFactory.Own, (Role)99), CancellationToken.None);
            return 0;
        }));

        // Assert
        Assert.Equal("invalid", refused.Code);
        Assert.Equal(["role"], refused.FieldErrors!.Keys);
        var memberships = await factory.InScopeAsync(services => services.GetRequiredService<IDirectory>().ListMembershipsAsync(person.Id, CancellationToken.None));
        Assert.Equal(Role.Participant, Assert.Single(memberships).Role);
    }

    [Fact]
    public async Task AddAdHocTask_KeepsThePhase_WhenItIsOneOfTheFlowsPhases()
    {
        // Arrange
        await factory.PublishAsync(ApiFlows.Matrix);
        var (_, admin) = await factory.CreateSignedInAsync("Phase Admin", ApiResourcesFactory.Own, Role.Admin);
        var coordinator = await factory.CreateMemberAsync("Phase Coordinator", ApiResourcesFactory.Own, Role.Coordinator);
        using var launched = await admin.PostAsync("/api/v1/labs", ApiResourcesFactory.Json(Launch(new { personId = coordinator.Id, role = "Coordinator" })));
        var labId = (await ApiResourcesFactory.ReadJsonAsync(launched)).GetProperty("id").GetGuid();

        // Act
        using var response = await admin.PostAsync($"/api/v1/labs/{labId}/tasks", ApiResourcesFactory.Json(new { title = "Extra", assigneeId = coordinator.Id, phase = "explore" }));

        // Assert
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("explore", (await ApiResourcesFactory.ReadJsonAsync(response)).GetProperty("phase").GetString());
    }

    [Fact]
    public async Task Launch_Answers400NamingTheWorkshopAndLaunchesNothing_WhenAWorkshopTimeNamesAStepThatIsNoWorkshop()
    {
        // Arrange: the launch form's workshop times travel through the API too; a step that is no workshop is refused by the service.
        await factory.PublishAsync(ApiFlows.Matrix);
        var (_, admin) = await factory.CreateSignedInAsync("Workshop Admin", ApiResourcesFactory.Own, Role.Admin);
        var title = $"Workshops {Guid.NewGuid():N}";

        // Act
        using var response = await admin.PostAsync("/api/v1/labs", ApiResourcesFactory.Json(new
        {
            definitionId = "api-matrix",
            title,
            administrationId = ApiResourcesFactory.Own,
            challenge = "Hur kan vi hålla gränser?",
            startDate = "2030-03-04",
            workshops = new Dictionary<string, object> { ["report"] = new { location = "Stadshuset", startTime = "09:30" } },
        }));

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await ApiResourcesFactory.ReadJsonAsync(response)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("workshops.report", out _), errors.ToString());
        var labs = JsonDocument.Parse(await admin.GetStringAsync("/api/v1/labs?limit=200")).RootElement.ToString();
        Assert.DoesNotContain(title, labs, StringComparison.Ordinal);
    }

    private static LaunchBody Launch(params object[] people) =>
        new("api-matrix", "Limits", ApiResourcesFactory.Own, "Hur kan vi hålla gränser?", "2030-03-04", people, null);

    /// <summary>A launch body whose fields each case replaces one at a time.</summary>
    private sealed record LaunchBody(string DefinitionId, string Title, string AdministrationId, string Challenge, string StartDate, object[] People, string[]? TargetAreas);
}
