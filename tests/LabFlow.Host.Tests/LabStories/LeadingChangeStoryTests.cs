using System.Text.Json.Nodes;
using LabFlow.Activities.Email;
using LabFlow.Activities.Labs;
using LabFlow.Workflows.Execution;
using static LabFlow.Host.Tests.LabStories.LabStoryCast;

namespace LabFlow.Host.Tests.LabStories;

/// <summary>
/// <i>Leda i förändring</i>, part of the city's programme for an attractive employer: Grundskoleförvaltningen's
/// leadership (the sponsor role, Sam) leads a change of its own with the equality lens; the training coordinator runs
/// the sessions as facilitator (Fia) and the HR expert (Hanna) supports. Day 0 is Monday 6 September 2027.
/// </summary>
public sealed class LeadingChangeStoryTests
{
    /// <summary>Monday 2 August 2027, 09:00 in Stockholm.</summary>
    private static readonly DateTimeOffset LaunchTime = new(2027, 8, 2, 7, 0, 0, TimeSpan.Zero);

    public static TheoryData<LabStoryStore> Stores => [LabStoryStore.InMemory, LabStoryStore.Sqlite];

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task LeadingChange_RunsFromFramingToTheSixMonthFollowUp_WhenTheLeadersDoTheirSteps(LabStoryStore store)
    {
        await using var host = await LabStoryHost.StartAsync(store, LaunchTime);
        var lab = await host.LaunchAsync("leading-change", "Nya arbetstider i elevhälsan", "Hur inför vi nya arbetstider så att de blir jämlika?", D(2027, 9, 6));

        await FrameAsync(host, lab);
        await InvolveAndLeadAsync(host, lab);
        await ReflectAndFollowUpAsync(host, lab);
    }

    private static async Task FrameAsync(LabStoryHost host, Lab lab)
    {
        Assert.Equal("frame=Active, involve=Ahead, lead=Ahead, reflect=Ahead, follow-up=Ahead", await host.ProgressAsync(lab.Id));
        var frame = await host.OpenTaskAsync(lab.Id, "frameChange");
        LabStoryAssert.Task(frame, "Rama in förändringen och varför", assignee: Sam, informed: [Hanna, Fia], due: D(2027, 8, 23));

        // The link to the attractive-employer programme is asked for, not optional.
        await host.AtAsync(D(2027, 8, 16), T(10, 0));
        var refused = await host.TryCompleteAsync(Sam, frame, Parse("""
            { "change": "Nya arbetstider i elevhälsan.", "why": "Fler ska vilja stanna.", "targetAreas": ["work"], "timeFrame": "hösten 2027" }
            """));
        Assert.Equal(["attractiveEmployer: Fältet måste fyllas i."], LabStoryHost.Shown(refused.Errors));
        await host.CompleteAsync(Sam, frame, Parse("""
            {
              "change": "Nya arbetstider i elevhälsan.",
              "why": "Fler ska vilja stanna, och deltid ska vara ett val.",
              "targetAreas": ["work", "participation"],
              "attractiveEmployer": "Heltid som norm och arbetstider som går att förena med föräldraskap.",
              "timeFrame": "hösten 2027"
            }
            """));

        var session = await host.OpenTaskAsync(lab.Id, "startSession");
        LabStoryAssert.Task(session, "Startträff för ledningsgruppen", assignee: Fia, informed: [Hanna], due: D(2027, 9, 7));
        Assert.Equal(
            [
                "Fia Facilitator: Inbjudan: Startträff för ledningsgruppen måndag 6 september 2027",
                "Sam Sponsor: Inbjudan: Startträff för ledningsgruppen måndag 6 september 2027",
            ],
            await host.EmailsAsync(lab.Id, EmailTemplates.WorkshopInvitation));
        await host.AtAsync(D(2027, 9, 6), T(13, 0));
        await host.CompleteAsync(Fia, session, Parse("""{ "attendance": 7, "agreements": "Vi kartlägger vilka som berörs innan vi beslutar något." }"""));

        // Mapping who is affected, by sex and the other grounds, with the indicators the follow-ups measure against.
        var map = await host.OpenTaskAsync(lab.Id, "mapAffected");
        LabStoryAssert.Task(map, "Kartlägga vilka som berörs", assignee: Sam, informed: [Hanna], due: D(2027, 9, 20));
        await host.AtAsync(D(2027, 9, 15), T(10, 0));
        await host.CompleteAsync(Sam, map, Parse("""
            {
              "groups": [ { "group": "Skolkuratorer", "women": 40, "men": 6 }, { "group": "Skolsköterskor", "women": 52, "men": 3 } ],
              "grounds": ["sex", "age", "socioeconomics"],
              "consequences": "Deltidsanställda kvinnor påverkas mest av de nya tiderna.",
              "indicators": [ { "indicator": "Andel heltidsanställda (%)", "women": 61, "men": 83 } ]
            }
            """));
        Assert.Equal("frame=Done, involve=Active, lead=Ahead, reflect=Ahead, follow-up=Ahead", await host.ProgressAsync(lab.Id));
    }

    private static async Task InvolveAndLeadAsync(LabStoryHost host, Lab lab)
    {
        var plan = await host.OpenTaskAsync(lab.Id, "involvementPlan");
        LabStoryAssert.Task(plan, "Planera hur medarbetarna görs delaktiga", assignee: Sam, informed: [Hanna, Kim, Lo], due: D(2027, 10, 4));
        await host.AtAsync(D(2027, 9, 30), T(10, 0));
        await host.CompleteAsync(Sam, plan, Parse("""
            {
              "involvement": "Arbetsplatsträffar i varje team och en enkät om önskade tider.",
              "cooperationDate": "2027-09-28",
              "riskAssessment": "yes",
              "workshops": [ { "group": "Elevhälsan Centrum", "date": "2027-10-12" }, { "group": "Elevhälsan Nordost", "date": "2027-10-19" } ]
            }
            """));

        // The first steps run from day 29 to day 70; the leaders log each session with their own staff, by sex.
        var lead = await host.OpenTaskAsync(lab.Id, "leadFirstSteps");
        LabStoryAssert.Task(lead, "Leda de första stegen med de egna medarbetarna", assignee: Sam, informed: [Hanna, Fia], due: D(2027, 11, 15));
        Assert.Equal(D(2027, 10, 5), lead.Opens);
        await host.AtAsync(D(2027, 11, 10), T(10, 0));
        await host.CompleteAsync(Sam, lead, Parse("""
            {
              "sessions": [
                { "date": "2027-10-12", "group": "Elevhälsan Centrum", "women": 14, "men": 2, "whatCameUp": "Oro för kvällstider." },
                { "date": "2027-10-19", "group": "Elevhälsan Nordost", "women": 11, "men": 3, "whatCameUp": "Önskan om fler heltider." }
              ]
            }
            """));
        Assert.Equal("frame=Done, involve=Done, lead=Done, reflect=Active, follow-up=Ahead", await host.ProgressAsync(lab.Id));
    }

    private static async Task ReflectAndFollowUpAsync(LabStoryHost host, Lab lab)
    {
        var reflection = await host.OpenTaskAsync(lab.Id, "reflection");
        LabStoryAssert.Task(reflection, "Reflektionsträff för ledningsgruppen", assignee: Fia, informed: [Hanna], due: D(2027, 11, 30));
        await host.AtAsync(D(2027, 11, 29), T(13, 0));
        await host.CompleteAsync(Fia, reflection, Parse("""
            {
              "resistance": "Rädsla att förlora flexibilitet.",
              "worked": "Att börja med kartläggningen.",
              "equalityLens": "Deltidens kostnad för kvinnor blev synlig.",
              "nextSteps": "Erbjuda heltid till alla i elevhälsan."
            }
            """));
        Assert.Empty(await host.OpenStepsAsync(lab.Id));

        // Day 160 is Sunday 13 February 2028: the 3-month follow-up appears at 08:00; due on day 174, Sunday the 27th: Friday the 25th.
        await host.AtAsync(D(2028, 2, 13), T(8, 0));
        var followUp3 = await host.OpenTaskAsync(lab.Id, "followUp3");
        LabStoryAssert.Task(followUp3, "Uppföljning 3 månader", assignee: Sam, informed: [Hanna], due: D(2028, 2, 25));
        await host.AtAsync(D(2028, 2, 21), T(10, 0));
        await host.CompleteAsync(Sam, followUp3, FollowUp(66, "ongoing"));

        // Day 250 is Saturday 13 May 2028; due on day 264, Saturday the 27th: Friday the 26th.
        await host.AtAsync(D(2028, 5, 13), T(8, 0));
        var followUp6 = await host.OpenTaskAsync(lab.Id, "followUp6");
        LabStoryAssert.Task(followUp6, "Uppföljning 6 månader", assignee: Sam, informed: [Hanna, Fia], due: D(2028, 5, 26));
        await host.AtAsync(D(2028, 5, 22), T(10, 0));
        await host.CompleteAsync(Sam, followUp6, FollowUp(72, "done"));

        Assert.Equal(WorkflowStatus.Finished, (await host.InstanceAsync(lab.Id)).Status);
        Assert.Equal("frame=Done, involve=Done, lead=Done, reflect=Done, follow-up=Done", await host.ProgressAsync(lab.Id));
        await host.AssertNoIncidentsAsync(lab.Id);
    }

    private static JsonObject FollowUp(int currentWomen, string status) => Parse($$"""
        {
          "indicators": [ { "indicator": "Andel heltidsanställda (%)", "baselineWomen": 61, "baselineMen": 83, "currentWomen": {{currentWomen}}, "currentMen": 84 } ],
          "status": "{{status}}",
          "lessons": "Fortsätt erbjuda heltid."
        }
        """);

    private static JsonObject Parse(string json) => JsonNode.Parse(json)!.AsObject();

    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    private static TimeOnly T(int hour, int minute) => new(hour, minute);
}
