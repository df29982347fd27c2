namespace LabFlow.Host.Tests.ApiResources;

/// <summary>
/// Every endpoint × every role in the lab's own administration and in another one (primed: <c>Admin'</c>) ×
/// anonymous, with the exact status code per cell. The lab belongs to the own administration and has the own
/// facilitator, coordinator, sponsor and participant as its people; the communicator task is for a candidate group
/// of two own communicators. A cell that succeeds on a changing endpoint gets a fresh lab for the next cell.
/// </summary>
public sealed class AuthorizationMatrixTests(AuthorizationMatrixFixture fixture) : IClassFixture<AuthorizationMatrixFixture>
{
    private delegate Task<HttpResponseMessage> Send(MatrixScenario scenario, HttpClient client);

    private sealed record Row(string Expected, bool Changes, Send Send);

    //                                                                   anon Adm  Adm' Des  Des' Fac  Fac' Coo  Coo' Com  Com' HR   HR'  Spo  Spo' Par  Par'
    private static readonly Dictionary<string, Row> Rows = new(StringComparer.Ordinal)
    {
        ["GET /labs"] = Read("                                            401  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200", (s, c) => c.GetAsync("/api/v1/labs")),
        ["GET /labs/{id}"] = Read("                                       401  200  200  200  403  200  403  200  403  200  403  200  403  200  403  200  403", (s, c) => c.GetAsync($"/api/v1/labs/{s.LabId}")),
        ["POST /labs"] = Write("                                          401  201  201  403  403  201  403  403  403  403  403  403  403  403  403  403  403", (s, c) => c.PostAsync("/api/v1/labs", Launch(s))),
        ["POST /labs/{id}/cancel"] = Write("                              401  200  200  403  403  200  403  403  403  403  403  403  403  403  403  403  403", (s, c) => c.PostAsync($"/api/v1/labs/{s.LabId}/cancel", Body(new { reason = "Prov" }))),
        ["POST /labs/{id}/incidents/{incident}/retry"] = Write("          401  200  200  403  403  200  403  403  403  403  403  403  403  403  403  403  403", (s, c) => c.PostAsync($"/api/v1/labs/{s.LabId}/incidents/{s.IncidentId}/retry", null)),
        ["POST /labs/{id}/incidents/{incident}/skip"] = Write("           401  200  200  403  403  200  403  403  403  403  403  403  403  403  403  403  403", (s, c) => c.PostAsync($"/api/v1/labs/{s.LabId}/incidents/{s.IncidentId}/skip", Body(new { reason = "Prov" }))),
        ["POST /labs/{id}/pause"] = Write("                               401  200  200  403  403  200  403  403  403  403  403  403  403  403  403  403  403", (s, c) => c.PostAsync($"/api/v1/labs/{s.LabId}/pause", null)),
        ["POST /labs/{id}/resume"] = Write("                              401  200  200  403  403  200  403  403  403  403  403  403  403  403  403  403  403", async (s, c) => { await s.PauseAsync(); return await c.PostAsync($"/api/v1/labs/{s.LabId}/resume", null); }),
        ["PUT /labs/{id}/start-date"] = Write("                           401  200  200  403  403  200  403  403  403  403  403  403  403  403  403  403  403", async (s, c) => await c.PutAsync($"/api/v1/labs/{s.LabId}/start-date", Body(new { startDate = "2030-04-01", version = await s.LabVersionAsync() }))),
        ["POST /labs/{id}/people"] = Write("                              401  200  200  403  403  200  403  403  403  403  403  403  403  403  403  403  403", (s, c) => c.PostAsync($"/api/v1/labs/{s.LabId}/people", Body(new { personId = s.BystanderId, role = "Participant" }))),
        ["POST /labs/{id}/tasks"] = Write("                               401  201  201  403  403  201  403  403  403  403  403  403  403  403  403  403  403", (s, c) => c.PostAsync($"/api/v1/labs/{s.LabId}/tasks", Body(new { title = "Boka lokal", assigneeId = s.Fixture.Person("Coordinator").Id }))),
        ["POST /labs/{id}/signals/{name}"] = Write("                      401  200  200  403  403  200  403  403  403  403  403  403  403  403  403  403  403", (s, c) => c.PostAsync($"/api/v1/labs/{s.LabId}/signals/go", null)),
        ["GET /tasks"] = Read("                                           401  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200", (s, c) => c.GetAsync("/api/v1/tasks")),
        ["GET /tasks/{id}"] = Read("                                      401  200  200  200  403  200  403  200  403  200  403  200  403  200  403  200  403", (s, c) => c.GetAsync($"/api/v1/tasks/{s.ReportTaskId}")),
        ["POST /tasks/{id}/claim"] = Write("                              401  403  403  403  403  403  403  403  403  200  403  403  403  403  403  403  403", (s, c) => c.PostAsync($"/api/v1/tasks/{s.AnnounceTaskId}/claim", null)),
        ["POST /tasks/{id}/complete"] = Write("                           401  403  403  403  403  403  403  200  403  403  403  403  403  403  403  403  403", (s, c) => c.PostAsync($"/api/v1/tasks/{s.ReportTaskId}/complete", Body(new { answers = new { note = "Klart" } }))),
        ["POST /tasks/{id}/delegate"] = Write("                           401  403  403  403  403  403  403  200  403  403  403  403  403  403  403  403  403", (s, c) => c.PostAsync($"/api/v1/tasks/{s.ReportTaskId}/delegate", Body(new { toPersonId = s.Fixture.SecondCommunicator.Id }))),
        ["POST /tasks/{id}/comments"] = Write("                           401  200  200  200  403  200  403  200  403  200  403  200  403  200  403  200  403", (s, c) => c.PostAsync($"/api/v1/tasks/{s.ReportTaskId}/comments", Body(new { text = "Hej" }))),
        ["POST /tasks/{id}/reassign"] = Write("                           401  200  200  403  403  200  403  403  403  403  403  403  403  403  403  403  403", async (s, c) => await c.PostAsync($"/api/v1/tasks/{s.ReportTaskId}/reassign", Body(new { toPersonId = s.Fixture.SecondCommunicator.Id, version = await s.ReportTaskVersionAsync() }))),
        ["PUT /tasks/{id}/due"] = Write("                                 401  200  200  403  403  200  403  403  403  403  403  403  403  403  403  403  403", async (s, c) => await c.PutAsync($"/api/v1/tasks/{s.ReportTaskId}/due", Body(new { due = "2030-05-02", version = await s.ReportTaskVersionAsync() }))),
        ["POST /tasks/{id}/skip"] = Write("                               401  200  200  403  403  200  403  403  403  403  403  403  403  403  403  403  403", (s, c) => c.PostAsync($"/api/v1/tasks/{s.ReportTaskId}/skip", Body(new { reason = "Behövs inte" }))),
        // A facilitator of another administration may ask, but nothing in labs they cannot manage moves (200, 0 moved).
        ["POST /tasks/reassign-all"] = Write("                            401  200  200  403  403  200  200  403  403  403  403  403  403  403  403  403  403", (s, c) => c.PostAsync("/api/v1/tasks/reassign-all", Body(new { fromPersonId = s.BystanderId, toPersonId = s.Fixture.SecondCommunicator.Id }))),
        ["GET /collections/{id}"] = Read("                                 401  200  200  200  403  200  403  200  403  200  403  200  403  200  403  200  403", (s, c) => c.GetAsync($"/api/v1/collections/{s.IdeasId}")),
        ["POST /collections/{id}/submissions"] = Write("                  401  403  403  403  403  403  403  403  403  403  403  403  403  403  403  201  403", (s, c) => c.PostAsync($"/api/v1/collections/{s.IdeasId}/submissions", Body(new { answers = new { idea = "Gemensam lunch" } }))),
        ["POST /collections/{id}/votes"] = Write("                        401  403  403  403  403  403  403  403  403  403  403  403  403  403  403  204  403", async (s, c) => { var (vote, idea) = await s.VoteAsync(); return await c.PostAsync($"/api/v1/collections/{vote}/votes", Body(new { ideaIds = new[] { idea } })); }),
        ["POST /collections/{id}/close"] = Write("                        401  200  200  403  403  200  403  403  403  403  403  403  403  403  403  403  403", (s, c) => c.PostAsync($"/api/v1/collections/{s.IdeasId}/close", null)),
        ["PUT /collections/{id}/ideas/{idea}/theme"] = Write("           401  204  204  403  403  204  403  403  403  403  403  403  403  403  403  403  403", async (s, c) => await c.PutAsync($"/api/v1/collections/{s.IdeasId}/ideas/{(await s.IdeasAsync()).First}/theme", Body(new { theme = "Tid" }))),
        ["PUT /collections/{id}/ideas/{idea}/merge"] = Write("           401  204  204  403  403  204  403  403  403  403  403  403  403  403  403  403  403", async (s, c) => { var (first, second) = await s.IdeasAsync(); return await c.PutAsync($"/api/v1/collections/{s.IdeasId}/ideas/{second}/merge", Body(new { intoId = first })); }),
        ["PUT /collections/{id}/ideas/{idea}"] = Write("                 401  204  204  403  403  204  403  403  403  403  403  403  403  403  403  403  403", async (s, c) => await c.PutAsync($"/api/v1/collections/{s.IdeasId}/ideas/{(await s.IdeasAsync()).First}", Body(new { answers = new { idea = "Lunch ihop" } }))),
        ["PUT /collections/{id}/closes"] = Write("                       401  200  200  403  403  200  403  403  403  403  403  403  403  403  403  403  403", (s, c) => c.PutAsync($"/api/v1/collections/{s.IdeasId}/closes", Body(new { closes = "2031-01-31" }))),
        ["POST /collections/{id}/votes/move"] = Write("                   401  403  403  403  403  403  403  403  403  403  403  403  403  403  403  204  403", async (s, c) => { var (vote, idea) = await s.DotAsync(); return await c.PostAsync($"/api/v1/collections/{vote}/votes/move", Body(new { fromIdeaId = idea })); }),
        ["POST /tasks/{id}/attachments"] = Write("                       401  403  403  403  403  403  403  201  403  403  403  403  403  403  403  403  403", (s, c) => c.PostAsync($"/api/v1/tasks/{s.ReportTaskId}/attachments", Upload())),
        ["POST /collections/{id}/attachments"] = Write("                 401  403  403  403  403  403  403  403  403  403  403  403  403  403  403  201  403", (s, c) => c.PostAsync($"/api/v1/collections/{s.IdeasId}/attachments", Upload())),
        ["GET /attachments/{id}"] = Read("                                 401  200  200  403  403  200  403  200  403  403  403  403  403  200  403  403  403", async (s, c) => await c.GetAsync($"/api/v1/attachments/{await s.AttachmentAsync()}")),
        ["GET /attachments/{id}/thumbnail"] = Read("                       401  200  200  403  403  200  403  200  403  403  403  403  403  200  403  403  403", async (s, c) => await c.GetAsync($"/api/v1/attachments/{await s.AttachmentAsync()}/thumbnail")),
        ["GET /administrations"] = Read("                                 401  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200", (s, c) => c.GetAsync("/api/v1/administrations")),
        ["GET /people"] = Read("                                          401  200  200  403  403  403  403  403  403  403  403  403  403  403  403  403  403", (s, c) => c.GetAsync("/api/v1/people")),
        ["GET /people/{id}"] = Read("                                     401  200  200  403  403  403  403  403  403  403  403  403  403  403  403  403  403", (s, c) => c.GetAsync($"/api/v1/people/{s.BystanderId}")),
        ["POST /people"] = Write("                                        401  201  201  403  403  403  403  403  403  403  403  403  403  403  403  403  403", (s, c) => c.PostAsync("/api/v1/people", Body(new { name = "Ny Person", email = $"ny.{Guid.NewGuid():N}@test.example" }))),
        ["PUT /people/{id}"] = Write("                                     401  200  200  403  403  403  403  403  403  403  403  403  403  403  403  403  403", (s, c) => c.PutAsync($"/api/v1/people/{s.BystanderId}", Body(new { name = "Bytt Namn", email = $"bytt.{Guid.NewGuid():N}@test.example" }))),
        ["POST /people/{id}/deactivate"] = Write("                         401  200  200  403  403  403  403  403  403  403  403  403  403  403  403  403  403", (s, c) => c.PostAsync($"/api/v1/people/{s.BystanderId}/deactivate", Body(new { }))),
        ["POST /people/{id}/reactivate"] = Write("                         401  200  200  403  403  403  403  403  403  403  403  403  403  403  403  403  403", (s, c) => c.PostAsync($"/api/v1/people/{s.BystanderId}/reactivate", null)),
        // Only administrators get past the rights; the bystander has no refused email, so there is nothing to send again (409).
        ["POST /people/{id}/email/retry"] = Read("                         401  409  409  403  403  403  403  403  403  403  403  403  403  403  403  403  403", (s, c) => c.PostAsync($"/api/v1/people/{s.BystanderId}/email/retry", null)),
        ["POST /people/{id}/memberships"] = Write("                        401  200  200  403  403  403  403  403  403  403  403  403  403  403  403  403  403", (s, c) => c.PostAsync($"/api/v1/people/{s.BystanderId}/memberships", Body(new { administrationId = ApiResourcesFactory.Other, role = "HR" }))),
        ["DELETE /people/{id}/memberships/{administration}/{role}"] = Write("401  204  204  403  403  403  403  403  403  403  403  403  403  403  403  403  403", (s, c) => c.DeleteAsync($"/api/v1/people/{s.BystanderId}/memberships/{ApiResourcesFactory.Own}/Participant")),
        ["GET /flows"] = Read("                                           401  200  200  200  200  200  200  403  403  403  403  403  403  403  403  403  403", (s, c) => c.GetAsync("/api/v1/flows")),
        ["POST /flows/validate"] = Read("                                  401  200  200  200  200  403  403  403  403  403  403  403  403  403  403  403  403", (s, c) => c.PostAsync("/api/v1/flows/validate", ApiResourcesFactory.Json(ApiFlows.Matrix))),
        // The matrix flow has no survey step: whoever may send links learns that (404), whoever may see the lab but not send is refused (403).
        ["POST /labs/{id}/surveys/{activityId}/links"] = Write("        401  404  404  403  404  404  404  403  404  403  404  403  404  403  404  403  404", (s, c) => c.PostAsync($"/api/v1/labs/{s.LabId}/surveys/report/links", null)),
        // The only endpoints open without a sign-in: the token is the proof, so every caller gets the same answer for an unknown one.
        ["GET /survey-links/{token}"] = Read("                            404  404  404  404  404  404  404  404  404  404  404  404  404  404  404  404  404", (s, c) => c.GetAsync($"/api/v1/survey-links/{new string('A', 43)}")),
        ["POST /survey-links/{token}/answer"] = Write("                   404  404  404  404  404  404  404  404  404  404  404  404  404  404  404  404  404", (s, c) => c.PostAsync($"/api/v1/survey-links/{new string('A', 43)}/answer", Body(new { answers = new { overall = 3 } }))),
    };

    public static TheoryData<string> Endpoints => [.. Rows.Keys];

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Endpoint_AnswersTheExpectedStatus_ForEveryRoleInOwnAndOtherAdministration(string endpoint)
    {
        var row = Rows[endpoint];
        var scenario = await fixture.NewScenarioAsync();
        var actual = new List<string>();

        foreach (var column in AuthorizationMatrixFixture.Columns)
        {
            using var response = await row.Send(scenario, fixture.Client(column));
            actual.Add(((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (row.Changes && response.IsSuccessStatusCode)
            {
                scenario = await fixture.NewScenarioAsync();
            }
        }

        Assert.Equal(Cells(row.Expected), Labelled(actual));
    }

    /// <summary>
    /// Members of another administration are refused without learning anything of the lab: no refusal names the
    /// lab, its steps, its collections or its people (the administrators, who see every lab, are left out).
    /// </summary>
    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Endpoint_RefusesWithoutTitlesOrNames_ForMembersOfAnotherAdministration(string endpoint)
    {
        string[] secrets = ["Matrislabb", "Rapport", "Nyhetsbrev", "Idéer", "Röstning", "Own "];
        var row = Rows[endpoint];
        var scenario = await fixture.NewScenarioAsync();
        var leaks = new List<string>();

        foreach (var column in AuthorizationMatrixFixture.Columns.Where(c => c.EndsWith('\'') && c != "Admin'"))
        {
            using var response = await row.Send(scenario, fixture.Client(column));
            var body = await response.Content.ReadAsStringAsync();
            if (!response.IsSuccessStatusCode)
            {
                leaks.AddRange(secrets.Where(secret => body.Contains(secret, StringComparison.Ordinal)).Select(secret => $"{column} {(int)response.StatusCode}: '{secret}' in {body}"));
            }
            else if (row.Changes)
            {
                scenario = await fixture.NewScenarioAsync();
            }
        }

        Assert.Empty(leaks);
    }

    private static Row Read(string expected, Send send) => new(expected, Changes: false, send);

    private static Row Write(string expected, Send send) => new(expected, Changes: true, send);

    private static string Cells(string expected) =>
        Labelled(expected.Split(' ', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>"anonymous=401 Admin=200 …", so a failure names the cell that differs.</summary>
    private static string Labelled(IReadOnlyList<string> codes) =>
        string.Join(" ", AuthorizationMatrixFixture.Columns.Select((column, i) => $"{column}={(i < codes.Count ? codes[i] : "?")}"));

    private static StringContent Body(object body) => ApiResourcesFactory.Json(body);

    private static MultipartFormDataContent Upload() => Attachments.TestPictures.Upload("photo", "tavla.png", Attachments.TestPictures.Png());

    private static StringContent Launch(MatrixScenario scenario) => Body(new
    {
        definitionId = "api-matrix",
        title = "Matrislabb",
        administrationId = ApiResourcesFactory.Own,
        challenge = "Hur kan vi?",
        startDate = "2030-03-04",
        people = new[] { new { personId = scenario.Fixture.Person("Coordinator").Id, role = "Coordinator" } },
    });
}
