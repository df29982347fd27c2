using System.Globalization;
using System.Text.Json.Nodes;
using LabFlow.Activities.Collections;
using LabFlow.Activities.Email;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Organisation;
using LabFlow.Activities.Tasks;
using LabFlow.Workflows.Execution;
using static LabFlow.Host.Tests.LabStories.LabStoryCast;
using static LabFlow.Host.Tests.LabStories.SocialInnovationLabAnswers;

namespace LabFlow.Host.Tests.LabStories;

/// <summary>
/// <i>Socialt innovationslabb</i> from the mandate to the 6-month follow-up, as Grundskoleförvaltningen's lab team
/// would run it: day 0 is Monday 1 February 2027, so Good Friday and Easter Monday and several weekends fall on
/// due dates. The story is written once and told on every store.
/// </summary>
public sealed class SocialInnovationLabStoryTests
{
    private const string AllAhead = "prepare=Active, explore=Ahead, ideate=Ahead, prototype=Ahead, evaluate=Ahead, follow-up=Ahead";

    private static readonly CultureInfo Sv = CultureInfo.GetCultureInfo("sv");

    /// <summary>Tuesday 1 December 2026, 09:00 in Stockholm: the facilitator launches the lab nine weeks ahead.</summary>
    internal static readonly DateTimeOffset LaunchTime = new(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);

    private static readonly DateOnly DayZero = D(2027, 2, 1);

    public static TheoryData<LabStoryStore> Stores => [LabStoryStore.InMemory, LabStoryStore.Sqlite];

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task SocialInnovationLab_RunsFromMandateToSixMonthFollowUp_WhenTheTeamDoesItsTasks(LabStoryStore store)
    {
        await using var host = await LabStoryHost.StartAsync(store, LaunchTime);

        await RunThroughEveryPhaseAsync(host);
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task SocialInnovationLab_GivesTheSecondRoundTheFirstRoundsTime_WhenTheEvaluationIteratesOnTheOriginalPlan(LabStoryStore store)
    {
        await using var host = await LabStoryHost.StartAsync(store, LaunchTime);
        var lab = await host.LaunchAsync("social-innovation-lab", "Jämlik rekrytering till elevhälsan", "Hur kan vi rekrytera jämlikt till elevhälsan?", DayZero);
        await SecureTheMandateAsync(host, lab);
        await PrepareAsync(host, lab);
        await ExploreAsync(host, lab);
        await ApproveTheFocusAfterSendingItBackAsync(host, lab);
        await IdeateAsync(host, lab);
        await PrototypeAsync(host, lab);

        await IterateOnTheOriginalPlanAsync(host, lab);
        await RunTheSecondIdeationOnTheFirstRoundsSpacingAsync(host, lab);
    }

    /// <summary>Launches the lab and tells the whole story, through every phase to the 6-month follow-up (the report tests start from its end).</summary>
    internal static async Task<Lab> RunThroughEveryPhaseAsync(LabStoryHost host)
    {
        var lab = await host.LaunchAsync("social-innovation-lab", "Jämlik rekrytering till elevhälsan", "Hur kan vi rekrytera jämlikt till elevhälsan?", DayZero);
        await SecureTheMandateAsync(host, lab);
        await PrepareAsync(host, lab);
        await ExploreAsync(host, lab);
        await ApproveTheFocusAfterSendingItBackAsync(host, lab);
        await IdeateAsync(host, lab);
        await PrototypeAsync(host, lab);
        await EvaluateAndIterateAsync(host, lab);
        await RunTheSecondRoundAsync(host, lab);
        await ImplementAndFollowUpAsync(host, lab);
        return lab;
    }

    /// <summary>The coordinators' first task; another administration sees nothing of it; wrong answers are refused and kept.</summary>
    private static async Task SecureTheMandateAsync(LabStoryHost host, Lab lab)
    {
        Assert.Equal(AllAhead, await host.ProgressAsync(lab.Id));
        var mandate = await host.OpenTaskAsync(lab.Id, "secureMandate");
        Assert.Equal("Förankra uppdraget", mandate.Title.Get(Sv));
        Assert.Equal("prepare", mandate.Phase);
        Assert.Null(mandate.AssigneeId);
        Assert.Equal(Role.Coordinator, mandate.AssigneeRole);
        Assert.Equal([Kim.Id, Lo.Id], mandate.Candidates);
        Assert.Equal([Sam.Id], mandate.Informed);
        Assert.Equal(D(2026, 12, 21), mandate.Due);
        // Seven and two days before: 14 December, and Saturday 19 December moves to Friday the 18th.
        Assert.Equal([host.Stockholm(D(2026, 12, 14), T(8, 0)), host.Stockholm(D(2026, 12, 18), T(8, 0))], mandate.Reminders);
        Assert.Equal(new TaskEscalation(7, Role.Facilitator, null, host.Stockholm(D(2026, 12, 28), T(8, 0))), mandate.Escalation);
        Assert.Equal(
            ["Kim Samordnare: Ny uppgift: Förankra uppdraget (Jämlik rekrytering till elevhälsan)", "Lo Samordnare: New task: Secure the mandate (Jämlik rekrytering till elevhälsan)"],
            await host.EmailsAsync(lab.Id, EmailTemplates.TaskAssigned));
        Assert.Contains(await host.TasksOfAsync(Sam), t => t.Id == mandate.Id);
        Assert.Contains(await host.TasksOfAsync(Lo), t => t.Id == mandate.Id);

        // Ola coordinates in Förskoleförvaltningen: the task is not his to see, list or complete.
        var hidden = await Assert.ThrowsAsync<LabDomainException>(() => host.SeeTaskAsync(Ola, mandate.Id));
        Assert.Equal((LabErrors.Forbidden, $"You cannot see task {mandate.Id}: it belongs to work (a lab, a conference …) of another administration, or you are not among its people."), (hidden.Code, hidden.Message));
        var notHis = await Assert.ThrowsAsync<LabDomainException>(() => host.TryCompleteAsync(Ola, mandate, SecureMandate));
        Assert.Equal((LabErrors.Forbidden, $"You cannot see task {mandate.Id}: it belongs to work (a lab, a conference …) of another administration, or you are not among its people."), (notHis.Code, notHis.Message));
        Assert.Empty(await host.TasksOfAsync(Ola));
        Assert.Empty(await host.WithAsync<IReadOnlyList<LabTask>, TaskService>(tasks => tasks.ListForLabAsync(lab.Id, Ola.Id, host.Token)));
        var labHidden = await Assert.ThrowsAsync<LabDomainException>(() => host.WithAsync<Lab, LabService>(labs => labs.GetAsync(lab.Id, Ola.Id, host.Token)));
        Assert.Equal($"You cannot see lab {lab.Id}: it belongs to another administration.", labHidden.Message);
        Assert.Empty(await host.WithAsync<IReadOnlyList<Lab>, LabService>(labs => labs.ListAsync(Ola.Id, null, host.Token)));

        // The sponsor is kept informed but does not complete it.
        var informedOnly = await Assert.ThrowsAsync<LabDomainException>(() => host.TryCompleteAsync(Sam, mandate, SecureMandate));
        Assert.Equal($"Task {mandate.Id} is for its candidate group, and you are not in it.", informedOnly.Message);

        // Kim's first try: every field's error at once, and what Kim typed is kept.
        await host.AtAsync(D(2026, 12, 7), T(10, 15));
        var typed = Parse($$"""
            {
              "sponsor": "{{Guid.Parse("d0000000-0000-0000-0000-000000000009")}}",
              "mandate": "   ",
              "targetAreas": ["work", "schools"],
              "timeFrame": "{{new string('x', 201)}}",
              "budget": 50000
            }
            """);
        var refused = await host.TryCompleteAsync(Kim, mandate, typed);
        Assert.Equal(TaskCompletionStatus.Invalid, refused.Status);
        Assert.Equal("6 answers need fixing before task 'Förankra uppdraget' can be completed.", refused.Message);
        Assert.Equal(
            [
                "mandate: Fältet måste fyllas i.",
                "targetAreas[1]: 'schools' är inte ett av alternativen.",
                "timeFrame: Texten får vara högst 200 tecken lång (den är 201).",
                "decisionForum: Fältet måste fyllas i.",
                "budget: Formuläret har inget fält som heter 'budget'.",
                "sponsor: Personen finns inte i LabFlow. Välj en person i listan.",
            ],
            LabStoryHost.Shown(refused.Errors));
        var kept = await host.OpenTaskAsync(lab.Id, "secureMandate");
        Assert.Equal(mandate.Id, kept.Id);
        Assert.True(JsonNode.DeepEquals(typed, kept.Draft), kept.Draft?.ToJsonString());
        Assert.Equal(AllAhead, await host.ProgressAsync(lab.Id));

        var done = await host.CompleteAsync(Kim, kept, SecureMandate);
        Assert.Equal((LabTaskStatus.Completed, Kim.Id, (JsonObject?)null), (done.Status, done.AssigneeId, done.Draft));
        Assert.Equal("""["work","participation"]""", done.Answers!["targetAreas"]!.ToJsonString());
        var again = await host.TryCompleteAsync(Lo, done, SecureMandate);
        Assert.Equal((TaskCompletionStatus.AlreadyClosed, "Task 'Förankra uppdraget' is already completed; nothing was changed."), (again.Status, again.Message));
    }

    private static async Task PrepareAsync(LabStoryHost host, Lab lab)
    {
        var frame = await host.OpenTaskAsync(lab.Id, "frameChallenge");
        LabStoryAssert.Task(frame, "Ringa in utmaningen", assignee: Fia, informed: [Kim, Lo], due: D(2026, 12, 28));
        await host.AtAsync(D(2026, 12, 10), T(14, 0));
        await host.CompleteAsync(Fia, frame, FrameChallenge);

        // The challenge framed, stakeholders, the baseline and data protection run side by side.
        Assert.Equal(["baseline", "dataProtection", "stakeholders"], await host.OpenStepsAsync(lab.Id));
        var dataProtection = await host.OpenTaskAsync(lab.Id, "dataProtection");
        LabStoryAssert.Task(dataProtection, "Dataskydd inför intervjuer och observationer", candidates: [Kim, Lo], informed: [Fia], due: D(2027, 1, 25));
        var stakeholders = await host.OpenTaskAsync(lab.Id, "stakeholders");
        LabStoryAssert.Task(stakeholders, "Aktörskarta och inbjudan", candidates: [Kim, Lo], informed: [], due: D(2027, 1, 4));
        var baseline = await host.OpenTaskAsync(lab.Id, "baseline");
        LabStoryAssert.Task(baseline, "Nulägesunderlag (R1/R2)", candidates: [Kim, Lo], informed: [Hanna], due: D(2027, 1, 18));

        await host.AtAsync(D(2026, 12, 30), T(11, 0));
        await host.CompleteAsync(Kim, stakeholders, Stakeholders);
        foreach (var participant in Participants)
        {
            await host.WithAsync<Lab, LabService>(labs => labs.AddPersonAsync(lab.Id, new LabMember(participant.Id, Role.Participant), Fia.Id, host.Token));
        }

        var session = await host.OpenTaskAsync(lab.Id, "sessionDesign");
        LabStoryAssert.Task(session, "Planera workshopparna", assignee: Fia, informed: [], due: D(2027, 1, 25));
        await host.AtAsync(D(2027, 1, 15), T(9, 0));
        await host.CompleteAsync(Lo, baseline, Baseline);
        var unclear = await host.TryCompleteAsync(Kim, dataProtection, Parse("""{ "dataProtection": { "collected": "Anteckningar från intervjuer, utan namn." } }"""));
        Assert.Equal(
            [
                "dataProtection.purpose: Fältet måste fyllas i.",
                "dataProtection.legalBasis: Fältet måste fyllas i.",
                "dataProtection.readers: Fältet måste fyllas i.",
                "dataProtection.retention: Fältet måste fyllas i.",
                "dataProtection.sensitiveData: Fältet måste fyllas i.",
            ],
            LabStoryHost.Shown(unclear.Errors));
        await host.CompleteAsync(Kim, dataProtection, DataProtection);
        Assert.Equal(["sessionDesign"], await host.OpenStepsAsync(lab.Id));
        await host.AtAsync(D(2027, 1, 20), T(13, 0));
        await host.CompleteAsync(Fia, session, SessionDesign);

        Assert.Equal("prepare=Done, explore=Active, ideate=Ahead, prototype=Ahead, evaluate=Ahead, follow-up=Ahead", await host.ProgressAsync(lab.Id));
        var kickoff = await host.OpenTaskAsync(lab.Id, "kickoff");
        LabStoryAssert.Task(kickoff, "Uppstartsworkshop", assignee: Fia, informed: [], due: D(2027, 2, 3));
        Assert.Equal(DayZero, kickoff.Opens);
        // The facilitator and the three invited participants get the invitation in their own language; Dan is not invited.
        Assert.Equal(
            [
                "Ada Deltagare: Inbjudan: Uppstartsworkshop måndag 1 februari 2027",
                "Bo Deltagare: Inbjudan: Uppstartsworkshop måndag 1 februari 2027",
                "Cy Deltagare: Invitation: Kick-off workshop on Monday 1 February 2027",
                "Fia Facilitator: Inbjudan: Uppstartsworkshop måndag 1 februari 2027",
            ],
            await host.EmailsAsync(lab.Id, EmailTemplates.WorkshopInvitation));
        var early = await Assert.ThrowsAsync<LabDomainException>(() => host.TryCompleteAsync(Fia, kickoff, Kickoff));
        Assert.Equal((LabErrors.NotOpen, "Task 'Uppstartsworkshop' opens on 2027-02-01; it cannot be completed before then."), (early.Code, early.Message));
    }

    /// <summary>Field research is one task per invited participant; its window closes on the one who did not finish.</summary>
    private static async Task ExploreAsync(LabStoryHost host, Lab lab)
    {
        await host.AtAsync(DayZero, T(16, 30));
        await host.CompleteAsync(Fia, lab.Id, "kickoff", Kickoff);

        var research = await host.OpenTasksAsync(lab.Id, "fieldResearch");
        Assert.Equal([Ada.Id, Bo.Id, Cy.Id], research.Select(t => t.AssigneeId));
        Assert.All(research, t => Assert.Equal((D(2027, 2, 4), D(2027, 3, 1)), (t.Opens!.Value, t.Due!.Value)));
        // 21, 14, 7 and 2 days before 1 March; Saturday 27 February moves to Friday the 26th.
        Assert.Equal(
            [D(2027, 2, 8), D(2027, 2, 15), D(2027, 2, 22), D(2027, 2, 26)],
            research[0].Reminders.Select(r => host.Calendar.DateOf(r)));
        Assert.Empty(await host.TasksOfAsync(Dan));
        var threeR = await host.OpenTaskAsync(lab.Id, "threeRAnalysis");
        LabStoryAssert.Task(threeR, "3R/4R-analys", candidates: [Kim, Lo], informed: [Hanna], due: D(2027, 2, 22));

        await host.AtAsync(D(2027, 2, 15), T(10, 0));
        await host.CompleteAsync(Ada, research[0], FieldResearch("Sökande 1", "Jag fick aldrig veta varför."));
        await host.CompleteAsync(Bo, research[1], FieldResearch("Rektor", "Vi väljer den vi känner igen oss i."));
        await host.CompleteAsync(Kim, threeR, ThreeR);
        var jamkas = await host.OpenTaskAsync(lab.Id, "jamkasPlus");
        LabStoryAssert.Task(jamkas, "JämKAS Plus: analysera ett könsmönster", candidates: [Kim, Lo], informed: [Hanna], due: D(2027, 3, 1));
        await host.CompleteAsync(Lo, jamkas, JamkasPlus);
        Assert.Equal(["fieldResearch"], await host.OpenStepsAsync(lab.Id));

        // The window ends with 1 March: Cy's task closes and the lab goes on with two responses.
        await host.AtAsync(D(2027, 3, 2), T(7, 0));
        var closed = await host.WithAsync<LabTask?, ITaskStore>(tasks => tasks.FindAsync(research[2].Id, host.Token));
        Assert.Equal(LabTaskStatus.Closed, closed!.Status);
        var synthesis = await host.OpenTaskAsync(lab.Id, "synthesis");
        LabStoryAssert.Task(synthesis, "Syntes och fokus", assignee: Fia, informed: [], due: D(2027, 3, 9));
        Assert.Equal(D(2027, 3, 8), synthesis.Opens);
    }

    /// <summary>
    /// The sponsor's gate sends the synthesis back once; the lab returns to the step before it, and the redo gets the
    /// time the first synthesis had, counted from the day it was sent back, not the first round's dates.
    /// </summary>
    private static async Task ApproveTheFocusAfterSendingItBackAsync(LabStoryHost host, Lab lab)
    {
        await host.AtAsync(D(2027, 3, 8), T(15, 0));
        var first = await host.CompleteAsync(Fia, lab.Id, "synthesis", Synthesis);
        var gate = await host.OpenTaskAsync(lab.Id, "synthesisGate");
        LabStoryAssert.Task(gate, "Godkänn fokus för idéfasen", assignee: Sam, informed: [Fia, Kim, Lo], due: D(2027, 3, 11));
        Assert.Equal(["Approve", "SendBack"], gate.Actions.Select(a => a.Name));
        Assert.Equal(["Godkänn", "Skicka tillbaka"], gate.Actions.Select(a => a.Label.Get(Sv)));

        await host.AtAsync(D(2027, 3, 8), T(16, 30));
        await host.CompleteAsync(Sam, gate, Gate("Frågan är för bred; avgränsa till urvalet."), "SendBack");
        Assert.Equal(["synthesis"], await host.OpenStepsAsync(lab.Id));
        var redo = await host.OpenTaskAsync(lab.Id, "synthesis");
        Assert.NotEqual(first.Id, redo.Id);
        // The first synthesis ran on 2 March (day 29) for a workshop on day 35 and a due date on day 36. The redo runs
        // on day 35, six days later in the plan: its workshop moves to Sunday 14 March, so Friday the 12th, and it is
        // due on Monday 15 March, not on the first round's 9 March.
        LabStoryAssert.Task(redo, "Syntes och fokus", assignee: Fia, informed: [], due: D(2027, 3, 15));
        Assert.Equal(D(2027, 3, 12), redo.Opens);
        Assert.Equal([host.Stockholm(D(2027, 3, 12), T(8, 0))], redo.Reminders);
        Assert.Equal(
            ["Fia Facilitator: Inbjudan: Syntes och fokus fredag 12 mars 2027"],
            (await host.EmailsAsync(lab.Id, EmailTemplates.WorkshopInvitation)).Where(e => e.StartsWith("Fia", StringComparison.Ordinal)).TakeLast(1));
        Assert.Equal(0, await host.SweepOverdueAsync());
        Assert.Equal("prepare=Done, explore=Active, ideate=Ahead, prototype=Ahead, evaluate=Ahead, follow-up=Ahead", await host.ProgressAsync(lab.Id));

        await host.AtAsync(D(2027, 3, 12), T(15, 0));
        await host.CompleteAsync(Fia, redo, Synthesis);
        // The gate first ran on day 35 and runs again on day 39: due on day 38 + 4.
        var again = await host.OpenTaskAsync(lab.Id, "synthesisGate");
        LabStoryAssert.Task(again, "Godkänn fokus för idéfasen", assignee: Sam, informed: [Fia, Kim, Lo], due: D(2027, 3, 15));
        await host.AtAsync(D(2027, 3, 12), T(16, 0));
        await host.CompleteAsync(Sam, again, Gate("Bra avgränsning."), "Approve");
        Assert.Equal("prepare=Done, explore=Done, ideate=Active, prototype=Ahead, evaluate=Ahead, follow-up=Ahead", await host.ProgressAsync(lab.Id));
    }

    /// <summary>Ideas come in from every participant, dots are put on them, and the SKR check sends one "no" back.</summary>
    private static async Task IdeateAsync(LabStoryHost host, Lab lab)
    {
        var workshop = await host.OpenTaskAsync(lab.Id, "ideationWorkshop");
        LabStoryAssert.Task(workshop, "Idéworkshop", assignee: Fia, informed: [], due: D(2027, 3, 17));
        var collection = await host.CollectionAsync(lab.Id, "ideaCollection");
        Assert.Equal((CollectionKind.Ideas, D(2027, 3, 15), host.Stockholm(D(2027, 3, 23), T(0, 0))), (collection.Kind, collection.Opens!.Value, collection.ClosesAt));
        Assert.Equal([Ada.Id, Bo.Id, Cy.Id], collection.Participants);

        var tooEarly = await Assert.ThrowsAsync<LabDomainException>(() => host.SubmitIdeaAsync(Ada, collection, Idea("Tidig idé", "Före öppning.")));
        Assert.Equal("'Öppen idéinsamling' opens on 2027-03-15.", tooEarly.Message);

        await host.AtAsync(D(2027, 3, 15), T(10, 0));
        var structured = await SubmitAsync(host, Ada, collection, "Strukturerade intervjuer", "Samma frågor och mall för alla sökande.");
        var anonymous = await SubmitAsync(host, Ada, collection, "Anonymiserade ansökningar", "Namn och ålder döljs i första urvalet.");
        var mentors = await SubmitAsync(host, Bo, collection, "Mentorer för nya kuratorer", "Erfarna kuratorer tar emot nya.");
        var refused = await host.SubmitIdeaAsync(Cy, collection, Parse($$"""{ "title": " ", "description": "{{new string('a', 2001)}}" }"""));
        Assert.Equal(
            ["title: Fältet måste fyllas i.", "description: Texten får vara högst 2000 tecken lång (den är 2001)."],
            LabStoryHost.Shown(refused.Errors));
        var ads = await SubmitAsync(host, Cy, collection, "Annonser på fler språk", "Annonsera även på arabiska och somaliska.");
        var outsider = await Assert.ThrowsAsync<LabDomainException>(() => host.SubmitIdeaAsync(Dan, collection, Idea("Min idé", "Jag är inte med i labbet.")));
        Assert.Equal($"You are not one of the participants of collection {collection.Id}.", outsider.Message);
        await host.AtAsync(D(2027, 3, 15), T(16, 0));
        await host.CompleteAsync(Fia, workshop, IdeationWorkshop);

        // The collection closes with 22 March; the dot vote opens on the ideas.
        await host.AtAsync(D(2027, 3, 23), T(8, 0));
        var ideas = (await host.InstanceAsync(lab.Id)).State.Variables["ideas"]!.AsArray();
        Assert.Equal(
            ["Strukturerade intervjuer", "Anonymiserade ansökningar", "Mentorer för nya kuratorer", "Annonser på fler språk"],
            ideas.Select(i => i!["title"]!.GetValue<string>()));
        var vote = await host.CollectionAsync(lab.Id, "dotVote");
        // The vote is open for three days, to the end of Thursday 25 March.
        Assert.Equal((CollectionKind.Votes, 3, true, host.Stockholm(D(2027, 3, 26), T(0, 0))), (vote.Kind, vote.VotesPerPerson, vote.Anonymous, vote.ClosesAt));
        await host.VoteAsync(Ada, vote, structured, structured, anonymous);
        await host.VoteAsync(Bo, vote, structured, mentors);
        await host.VoteAsync(Cy, vote, structured, ads, anonymous);
        var fourth = await Assert.ThrowsAsync<LabDomainException>(() => host.VoteAsync(Ada, vote, ads));
        Assert.Equal("You have 0 of your 3 votes left; choose at most that many ideas.", fourth.Message);

        // Everyone has voted, so the facilitator closes the vote on the second morning.
        await host.AtAsync(D(2027, 3, 24), T(8, 0));
        await host.WithAsync<ResumeResult, CollectionService>(service => service.CloseAsync(vote.Id, Fia.Id, host.Token));
        var ranking = (await host.InstanceAsync(lab.Id)).State.Variables["ranking"]!.AsArray();
        Assert.Equal(
            [("Strukturerade intervjuer", 4), ("Anonymiserade ansökningar", 2), ("Mentorer för nya kuratorer", 1), ("Annonser på fler språk", 1)],
            ranking.Select(r => (r!["idea"]!["title"]!.GetValue<string>(), r["votes"]!.GetValue<int>())));
        var prioritise = await host.OpenTaskAsync(lab.Id, "prioritise");
        LabStoryAssert.Task(prioritise, "Prioritera efter nytta och insats", assignee: Fia, informed: [Kim, Lo], due: D(2027, 3, 25));
        await host.CompleteAsync(Fia, prioritise, Prioritise);

        // Day 55 is Sunday 28 March and Friday the 26th is Good Friday: the equality assessment is due on Thursday the 25th.
        // A "no" on point 3 sends the basis to the facilitator to be completed; then the assessment is made again.
        var check = await host.OpenTaskAsync(lab.Id, "equalityCheck");
        LabStoryAssert.Task(check, "Jämlikhetsbedömning", candidates: [Kim, Lo], informed: [], due: D(2027, 3, 25));
        var partial = await host.TryCompleteAsync(Kim, check, Parse("""{ "skr": { "points": { "statisticsBySex": { "checked": true } } } }"""));
        Assert.Equal(["skr.affectsGroups: Fältet måste fyllas i.", "grounds: Fältet måste fyllas i."], LabStoryHost.Shown(partial.Errors));
        await host.CompleteAsync(Kim, check, EqualityCheck(consequencesPerGroup: false));
        Assert.Equal(["completeBasis"], await host.OpenStepsAsync(lab.Id));
        var complete = await host.OpenTaskAsync(lab.Id, "completeBasis");
        LabStoryAssert.Task(complete, "Komplettera underlaget för jämlikhetsbedömningen", assignee: Fia, informed: [Kim, Lo], due: D(2027, 3, 25));
        await host.CompleteAsync(Fia, complete, Parse("""{ "completed": "Konsekvenserna för män som söker beskrivs nu." }"""));
        var again = await host.OpenTaskAsync(lab.Id, "equalityCheck");
        Assert.NotEqual(check.Id, again.Id);
        await host.CompleteAsync(Lo, again, EqualityCheck(consequencesPerGroup: true));

        // Monday 29 March is Easter Monday; the Friday before is Good Friday: due on Thursday the 25th.
        var concept = await host.OpenTaskAsync(lab.Id, "conceptDecision");
        LabStoryAssert.Task(concept, "Koncept och beslut", candidates: [Kim, Lo], informed: [Sam], due: D(2027, 3, 25));
        await host.AtAsync(D(2027, 3, 25), T(11, 0));
        await host.CompleteAsync(Kim, concept, ConceptDecision);
        var gate = await host.OpenTaskAsync(lab.Id, "conceptGate");
        LabStoryAssert.Task(gate, "Godkänn koncepten för prototypfasen", assignee: Sam, informed: [Fia, Kim, Lo], due: D(2027, 4, 1));
        await host.AtAsync(D(2027, 3, 30), T(9, 0));
        await host.CompleteAsync(Sam, gate, Gate("Kör."), "Approve");
        Assert.Equal("prepare=Done, explore=Done, ideate=Done, prototype=Active, evaluate=Ahead, follow-up=Ahead", await host.ProgressAsync(lab.Id));
    }

    private static async Task PrototypeAsync(LabStoryHost host, Lab lab)
    {
        var plan = await host.OpenTaskAsync(lab.Id, "prototypePlan");
        LabStoryAssert.Task(plan, "Prototypplan", assignee: Fia, informed: [Ada, Bo, Cy], due: D(2027, 4, 5));
        await host.CompleteAsync(Fia, plan, PrototypePlan);

        // The test rounds go to the concept's owner, Kim, not to every participant.
        var round1 = await host.OpenTaskAsync(lab.Id, "testRound1");
        LabStoryAssert.Task(round1, "Testrunda 1", assignee: Kim, informed: [Fia], due: D(2027, 4, 26));
        Assert.Equal(D(2027, 4, 5), round1.Opens);
        Assert.DoesNotContain(await host.TasksOfAsync(Ada), t => t.ActivityId == "testRound1");
        var early = await Assert.ThrowsAsync<LabDomainException>(() => host.TryCompleteAsync(Kim, round1, TestLog("2027-04-06")));
        Assert.Equal("Task 'Testrunda 1' opens on 2027-04-05; it cannot be completed before then.", early.Message);
        await host.AtAsync(D(2027, 4, 20), T(10, 0));
        await host.CompleteAsync(Kim, round1, TestLog("2027-04-12"));

        var checkIn = await host.OpenTaskAsync(lab.Id, "checkIn");
        LabStoryAssert.Task(checkIn, "Halvtidsavstämning", candidates: [Kim, Lo], informed: [], due: D(2027, 4, 26));
        await host.CompleteAsync(Lo, checkIn, CheckIn);

        var round2 = await host.OpenTaskAsync(lab.Id, "testRound2");
        Assert.Equal((Kim.Id, D(2027, 4, 27), D(2027, 5, 17)), (round2.AssigneeId!.Value, round2.Opens!.Value, round2.Due!.Value));
        await host.AtAsync(D(2027, 5, 10), T(10, 0));
        await host.CompleteAsync(Kim, round2, TestLog("2027-05-03"));
        Assert.Equal("prepare=Done, explore=Done, ideate=Done, prototype=Done, evaluate=Active, follow-up=Ahead", await host.ProgressAsync(lab.Id));
    }

    /// <summary>
    /// The evaluation decides to iterate. The plan's dates count from the lab's start, so the facilitator first moves
    /// the start eleven weeks on; then <i>iterate</i> loops back to ideate, with the ideate steps on the moved plan.
    /// </summary>
    private static async Task EvaluateAndIterateAsync(LabStoryHost host, Lab lab)
    {
        var workshop = await host.OpenTaskAsync(lab.Id, "evaluationWorkshop");
        LabStoryAssert.Task(workshop, "Utvärderingsworkshop", assignee: Fia, informed: [Sam], due: D(2027, 5, 25));
        await host.AtAsync(D(2027, 5, 24), T(16, 0));
        await host.CompleteAsync(Fia, workshop, EvaluationWorkshop);

        var decision = await host.OpenTaskAsync(lab.Id, "evaluationDecision");
        LabStoryAssert.Task(decision, "Beslut efter utvärdering", assignee: Fia, informed: [Sam, Ada, Bo, Cy], due: D(2027, 5, 26));
        Assert.Equal(["stop", "iterate", "pilot", "implement"], decision.Actions.Select(a => a.Name));

        await host.WithAsync<Lab, LabService>(labs => labs.MoveStartDateAsync(lab.Id, D(2027, 4, 19), Fia.Id, host.Token));
        decision = await host.OpenTaskAsync(lab.Id, "evaluationDecision");
        Assert.Equal(D(2027, 8, 11), decision.Due);
        await host.CompleteAsync(Fia, decision, Rationale("Kriteriet nåddes delvis; vi behöver fler idéer om urvalet."), "iterate");

        // The idea board opens again with the workshop: its participants' tasks are open steps too.
        Assert.Equal(["ideaCollection", "ideationWorkshop"], await host.OpenStepsAsync(lab.Id));
        var again = await host.OpenTaskAsync(lab.Id, "ideationWorkshop");
        // The moved plan already gives round two more time than the first round had (day 39 to day 44), so its dates
        // are the plan's: the facilitator's move is not added a second time.
        LabStoryAssert.Task(again, "Idéworkshop", assignee: Fia, informed: [], due: D(2027, 6, 2));
        Assert.Equal(D(2027, 5, 31), again.Opens);
        Assert.Equal([host.Stockholm(D(2027, 6, 1), T(8, 0))], again.Reminders);
        Assert.Equal(0, await host.SweepOverdueAsync());
        var collection = await host.CollectionAsync(lab.Id, "ideaCollection");
        Assert.True(collection.IsOpen);
        Assert.Equal((D(2027, 5, 31), host.Stockholm(D(2027, 6, 8), T(0, 0))), (collection.Opens!.Value, collection.ClosesAt));
        Assert.Empty(await host.IdeasAsync(collection));
        Assert.Equal("prepare=Done, explore=Done, ideate=Active, prototype=Done, evaluate=Done, follow-up=Ahead", await host.ProgressAsync(lab.Id));
    }

    /// <summary>The second round on the moved plan, down to the next evaluation decision.</summary>
    private static async Task RunTheSecondRoundAsync(LabStoryHost host, Lab lab)
    {
        await host.AtAsync(D(2027, 5, 31), T(10, 0));
        var collection = await host.CollectionAsync(lab.Id, "ideaCollection");
        var idea = await SubmitAsync(host, Bo, collection, "Bedömningsmall med exempel", "Exempel på svar för varje nivå.");
        await host.CompleteAsync(Fia, lab.Id, "ideationWorkshop", IdeationWorkshop);
        var closed = await host.WithAsync<ResumeResult, CollectionService>(service => service.CloseAsync(collection.Id, Fia.Id, host.Token));
        Assert.Equal(ResumeOutcome.Resumed, closed.Outcome);

        var vote = await host.CollectionAsync(lab.Id, "dotVote");
        // Three days on the moved plan: day 50 to the end of day 52, Thursday 10 June; the facilitator closes it once Ada has voted.
        Assert.Equal((D(2027, 6, 7), host.Stockholm(D(2027, 6, 11), T(0, 0))), (vote.Opens!.Value, vote.ClosesAt));
        await host.AtAsync(D(2027, 6, 7), T(9, 0));
        await host.VoteAsync(Ada, vote, idea);
        await host.WithAsync<ResumeResult, CollectionService>(service => service.CloseAsync(vote.Id, Fia.Id, host.Token));
        await host.AtAsync(D(2027, 6, 9), T(8, 0));

        await host.CompleteAsync(Fia, lab.Id, "prioritise", Prioritise);
        Assert.Equal(D(2027, 6, 11), (await host.OpenTaskAsync(lab.Id, "equalityCheck")).Due);
        // SKR's point 1 is a screening question: a "no" means the checklist does not apply, and the lab goes on.
        await host.CompleteAsync(Kim, lab.Id, "equalityCheck", EqualityCheckNotApplicable);
        Assert.Equal(["conceptDecision"], await host.OpenStepsAsync(lab.Id));
        Assert.Equal(D(2027, 6, 14), (await host.OpenTaskAsync(lab.Id, "conceptDecision")).Due);
        await host.CompleteAsync(Kim, lab.Id, "conceptDecision", ConceptDecision);
        Assert.Equal(D(2027, 6, 17), (await host.OpenTaskAsync(lab.Id, "conceptGate")).Due);
        await host.CompleteAsync(Sam, lab.Id, "conceptGate", Gate("Bra."), "Approve");
        await host.CompleteAsync(Fia, lab.Id, "prototypePlan", PrototypePlan);

        await host.AtAsync(D(2027, 6, 28), T(10, 0));
        var round1 = await host.OpenTaskAsync(lab.Id, "testRound1");
        Assert.Equal((D(2027, 6, 21), D(2027, 7, 12)), (round1.Opens!.Value, round1.Due!.Value));
        await host.CompleteAsync(Kim, round1, TestLog("2027-06-24"));
        await host.CompleteAsync(Kim, lab.Id, "checkIn", CheckIn);
        await host.AtAsync(D(2027, 7, 20), T(10, 0));
        var round2 = await host.OpenTaskAsync(lab.Id, "testRound2");
        Assert.Equal((D(2027, 7, 13), D(2027, 8, 2)), (round2.Opens!.Value, round2.Due!.Value));
        await host.CompleteAsync(Kim, round2, TestLog("2027-07-15"));

        await host.AtAsync(D(2027, 8, 9), T(16, 0));
        await host.CompleteAsync(Fia, lab.Id, "evaluationWorkshop", EvaluationWorkshop);
        Assert.Equal(D(2027, 8, 11), (await host.OpenTaskAsync(lab.Id, "evaluationDecision")).Due);
    }

    /// <summary>
    /// The evaluation decides to iterate on the lab's original plan. The ideate steps first ran on 12 March (day 39);
    /// round two begins on 24 May (day 112), 73 days later in the plan, so each ideate date moves 73 days: the
    /// second round gets the days the first had, and no task is overdue the moment it is created.
    /// </summary>
    private static async Task IterateOnTheOriginalPlanAsync(LabStoryHost host, Lab lab)
    {
        await host.AtAsync(D(2027, 5, 24), T(16, 0));
        await host.CompleteAsync(Fia, lab.Id, "evaluationWorkshop", EvaluationWorkshop);
        var decision = await host.OpenTaskAsync(lab.Id, "evaluationDecision");
        Assert.Equal(D(2027, 5, 26), decision.Due);
        await host.CompleteAsync(Fia, decision, Rationale("Kriteriet nåddes delvis; vi behöver fler idéer om urvalet."), "iterate");

        // The idea board opens again with the workshop: its participants' tasks are open steps too.
        Assert.Equal(["ideaCollection", "ideationWorkshop"], await host.OpenStepsAsync(lab.Id));
        var workshop = await host.OpenTaskAsync(lab.Id, "ideationWorkshop");
        // Round one: run on Friday 12 March, workshop on Monday the 15th, due Wednesday the 17th. Round two: run on
        // Monday 24 May, workshop on Thursday the 27th, due Saturday the 29th, so Friday the 28th.
        LabStoryAssert.Task(workshop, "Idéworkshop", assignee: Fia, informed: [], due: D(2027, 5, 28));
        Assert.Equal(D(2027, 5, 27), workshop.Opens);
        Assert.Equal([host.Stockholm(D(2027, 5, 27), T(8, 0))], workshop.Reminders);
        Assert.Equal(host.Stockholm(D(2027, 6, 4), T(8, 0)), workshop.Escalation!.At);
        Assert.Contains(
            "Fia Facilitator: Inbjudan: Idéworkshop torsdag 27 maj 2027",
            await host.EmailsAsync(lab.Id, EmailTemplates.WorkshopInvitation));
        var collection = await host.CollectionAsync(lab.Id, "ideaCollection");
        Assert.True(collection.IsOpen);
        Assert.Equal((D(2027, 5, 27), host.Stockholm(D(2027, 6, 4), T(0, 0))), (collection.Opens!.Value, collection.ClosesAt));
        Assert.Equal(0, await host.SweepOverdueAsync());
        Assert.Equal("prepare=Done, explore=Done, ideate=Active, prototype=Done, evaluate=Done, follow-up=Ahead", await host.ProgressAsync(lab.Id));
    }

    /// <summary>Each ideate step of round two keeps the spacing its own first run had, counted from the day it runs again.</summary>
    private static async Task RunTheSecondIdeationOnTheFirstRoundsSpacingAsync(LabStoryHost host, Lab lab)
    {
        await host.AtAsync(D(2027, 5, 27), T(10, 0));
        var collection = await host.CollectionAsync(lab.Id, "ideaCollection");
        var idea = await SubmitAsync(host, Bo, collection, "Bedömningsmall med exempel", "Exempel på svar för varje nivå.");
        await host.CompleteAsync(Fia, lab.Id, "ideationWorkshop", IdeationWorkshop);
        await host.WithAsync<ResumeResult, CollectionService>(service => service.CloseAsync(collection.Id, Fia.Id, host.Token));

        // The vote first ran on 23 March (day 50) for day 49 to day 52; now it runs on day 115: the window moves 65
        // days, to 26–29 May; the 26th is past, so it opens today, and the 29th is a Saturday, so it closes with Friday
        // the 28th. Ada votes and the facilitator closes it.
        var vote = await host.CollectionAsync(lab.Id, "dotVote");
        Assert.Equal((D(2027, 5, 27), host.Stockholm(D(2027, 5, 29), T(0, 0))), (vote.Opens!.Value, vote.ClosesAt));
        await host.VoteAsync(Ada, vote, idea);
        await host.WithAsync<ResumeResult, CollectionService>(service => service.CloseAsync(vote.Id, Fia.Id, host.Token));
        await host.AtAsync(D(2027, 5, 28), T(8, 0));

        var prioritise = await host.OpenTaskAsync(lab.Id, "prioritise");
        Assert.Equal(D(2027, 5, 28), prioritise.Due);
        await host.CompleteAsync(Fia, prioritise, Prioritise);
        // Day 55 + 65 is Tuesday 1 June.
        Assert.Equal(D(2027, 6, 1), (await host.OpenTaskAsync(lab.Id, "equalityCheck")).Due);
        await host.CompleteAsync(Kim, lab.Id, "equalityCheck", EqualityCheck(consequencesPerGroup: true));
        Assert.Equal(D(2027, 6, 2), (await host.OpenTaskAsync(lab.Id, "conceptDecision")).Due);
        await host.CompleteAsync(Kim, lab.Id, "conceptDecision", ConceptDecision);
        // The concept gate first ran a day later in the plan (25 March, day 52), so it moves 64 days.
        Assert.Equal(D(2027, 6, 4), (await host.OpenTaskAsync(lab.Id, "conceptGate")).Due);
        Assert.Equal(0, await host.SweepOverdueAsync());
    }

    /// <summary>Implement: handover, survey and report; then the 3- and 6-month follow-ups appear on their days and the lab finishes.</summary>
    private static async Task ImplementAndFollowUpAsync(LabStoryHost host, Lab lab)
    {
        await host.CompleteAsync(Fia, lab.Id, "evaluationDecision", Rationale("Kriteriet nåddes; mallen införs i hela elevhälsan."), "implement");
        Assert.Equal("implement", (await host.InstanceAsync(lab.Id)).State.Variables["decision"]!.GetValue<string>());
        Assert.Equal(["handover", "participantSurvey"], await host.OpenStepsAsync(lab.Id));
        var handover = await host.OpenTaskAsync(lab.Id, "handover");
        LabStoryAssert.Task(handover, "Införandeplan och överlämning", candidates: [Kim, Lo], informed: [Sam], due: D(2027, 8, 23));
        var survey = await host.OpenTasksAsync(lab.Id, "participantSurvey");
        Assert.Equal([Ada.Id, Bo.Id, Cy.Id], survey.Select(t => t.AssigneeId));
        // A week after the decision: day 121 of the moved plan is Wednesday 18 August.
        Assert.All(survey, t => Assert.Equal(D(2027, 8, 18), t.Due));

        var rating = await host.TryCompleteAsync(Cy, survey[2], Parse("""{ "overall": 6, "influence": 4, "methods": 4 }"""));
        Assert.Equal(
            ["overall: Ge ett betyg från 1 till 5.", "equality: Fältet måste fyllas i."],
            LabStoryHost.Shown(rating.Errors));
        await EveryParticipantCompletesAsync(host, survey, Survey(4));
        await host.CompleteAsync(Kim, handover, Handover);
        var report = await host.OpenTaskAsync(lab.Id, "labReport");
        LabStoryAssert.Task(report, "Labbrapport", assignee: Kai, informed: [Kim, Lo], due: D(2027, 8, 30));
        await host.AtAsync(D(2027, 8, 27), T(10, 0));
        await host.CompleteAsync(Kai, report, LabReport);

        Assert.Empty(await host.OpenStepsAsync(lab.Id));
        Assert.Equal("prepare=Done, explore=Done, ideate=Done, prototype=Done, evaluate=Done, follow-up=Active", await host.ProgressAsync(lab.Id));

        // Day 202 of the moved plan is Sunday 7 November: the 3-month follow-up appears at 08:00 that morning.
        await host.AtAsync(D(2027, 11, 7), T(7, 59));
        Assert.Empty(await host.OpenStepsAsync(lab.Id));
        await host.AtAsync(D(2027, 11, 7), T(8, 0));
        var followUp3 = await host.OpenTaskAsync(lab.Id, "followUp3");
        // Due on day 216, Sunday 21 November: Friday the 19th.
        LabStoryAssert.Task(followUp3, "Uppföljning 3 månader", candidates: [Kim, Lo], informed: [], due: D(2027, 11, 19));
        await host.AtAsync(D(2027, 11, 15), T(10, 0));
        // One number per indicator cannot show whether the gap between women and men narrowed: refused.
        var single = await host.TryCompleteAsync(Kim, followUp3, Parse("""
            { "indicators": [ { "indicator": "Kallade till intervju med utländsk bakgrund (%)", "baseline": 14, "current": 19 } ], "implemented": "partly", "nextSteps": "Sprid mallen." }
            """));
        Assert.Equal(
            [
                "indicators[0].baselineWomen: Fältet måste fyllas i.",
                "indicators[0].baselineMen: Fältet måste fyllas i.",
                "indicators[0].currentWomen: Fältet måste fyllas i.",
                "indicators[0].currentMen: Fältet måste fyllas i.",
                "indicators[0].baseline: Formuläret har inget fält som heter 'baseline'.",
                "indicators[0].current: Formuläret har inget fält som heter 'current'.",
            ],
            LabStoryHost.Shown(single.Errors));
        await host.CompleteAsync(Kim, followUp3, FollowUp(19, "partly"));
        Assert.Equal(WorkflowStatus.Suspended, (await host.InstanceAsync(lab.Id)).Status);

        // Day 292 is Saturday 5 February 2028; due on day 306, Saturday 19 February: Friday the 18th.
        await host.AtAsync(D(2028, 2, 5), T(8, 0));
        var followUp6 = await host.OpenTaskAsync(lab.Id, "followUp6");
        LabStoryAssert.Task(followUp6, "Uppföljning 6 månader", candidates: [Kim, Lo], informed: [Sam], due: D(2028, 2, 18));
        await host.AtAsync(D(2028, 2, 14), T(10, 0));
        await host.CompleteAsync(Lo, followUp6, FollowUp(24, "yes"));

        var instance = await host.InstanceAsync(lab.Id);
        Assert.Equal(WorkflowStatus.Finished, instance.Status);
        Assert.Empty(await host.OpenStepsAsync(lab.Id));
        Assert.Equal("prepare=Done, explore=Done, ideate=Done, prototype=Done, evaluate=Done, follow-up=Done", await host.ProgressAsync(lab.Id));
    }

    private static async Task<IdeaSubmission> SubmitAsync(LabStoryHost host, Person person, LabCollection collection, string title, string description)
    {
        var result = await host.SubmitIdeaAsync(person, collection, Idea(title, description));
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        return result.Submission!;
    }

    private static async Task EveryParticipantCompletesAsync(LabStoryHost host, IReadOnlyList<LabTask> tasks, JsonObject answers)
    {
        foreach (var task in tasks)
        {
            await host.CompleteAsync(Participants.Single(p => p.Id == task.AssigneeId), task, (JsonObject)answers.DeepClone());
        }
    }

    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    private static TimeOnly T(int hour, int minute) => new(hour, minute);
}
