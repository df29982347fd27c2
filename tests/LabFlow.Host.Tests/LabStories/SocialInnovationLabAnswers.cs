using System.Text.Json.Nodes;

namespace LabFlow.Host.Tests.LabStories;

/// <summary>What the people of the social innovation lab story type into each step's form.</summary>
internal static class SocialInnovationLabAnswers
{
    public static JsonObject SecureMandate => Parse($$"""
        {
          "sponsor": "{{LabStoryCast.Sam.Id}}",
          "mandate": "Ta fram och pröva arbetssätt som gör rekryteringen till skolans elevhälsa jämlik.",
          "targetAreas": ["work", "participation"],
          "timeFrame": "februari–juni 2027",
          "decisionForum": "Förvaltningens ledningsgrupp"
        }
        """);

    public static JsonObject FrameChallenge => Parse("""
        {
          "question": "Hur kan vi rekrytera till elevhälsan så att fler sökande med olika bakgrund går vidare?",
          "targetGroupKind": "both",
          "targetGroup": "Sökande till tjänster i elevhälsan och rekryterande chefer.",
          "grounds": ["sex", "ethnicity", "age", "socioeconomics"],
          "scope": "Rekrytering till elevhälsan; lönesättning ingår inte."
        }
        """);

    public static JsonObject Stakeholders => Parse("""
        {
          "participants": [
            { "name": "Ada Deltagare", "role": "Skolkurator", "unit": "Elevhälsan Centrum" },
            { "name": "Bo Deltagare", "role": "Rektor", "unit": "Hjällboskolan" },
            { "name": "Cy Deltagare", "role": "HR-partner" }
          ],
          "spread": {
            "gender": { "checked": true, "comment": "Två kvinnor, en man." },
            "age": { "checked": true },
            "profession": { "checked": true }
          },
          "invitationsSent": "2026-12-30"
        }
        """);

    public static JsonObject Baseline => Parse("""
        {
          "statistics": [
            { "measure": "Sökande till elevhälsan 2026", "women": 212, "men": 48, "source": "Rekryteringssystemet" },
            { "measure": "Anställda i elevhälsan", "women": 131, "men": 22, "other": 1 }
          ],
          "sickLeaveWomen": 8.2,
          "sickLeaveMen": 4.9,
          "indicators": [ { "indicator": "Andel sökande med utländsk bakgrund som kallas till intervju", "women": 15, "men": 12, "unit": "%" } ]
        }
        """);

    public static JsonObject DataProtection => Parse("""
        {
          "dataProtection": {
            "collected": "Anteckningar från intervjuer och observationer, utan namn.",
            "purpose": "Förstå hur urvalet till elevhälsan går till.",
            "legalBasis": "publicInterest",
            "readers": "Labbets deltagare och processledaren.",
            "retention": "Gallras när labbrapporten är klar.",
            "sensitiveData": "no"
          }
        }
        """);

    public static JsonObject SessionDesign => Parse("""
        {
          "agenda": [
            { "block": "Välkommen och syfte", "minutes": 15, "method": "Inledning" },
            { "block": "Antaganden om rekryteringen", "minutes": 60, "method": "Antagandekarta", "material": "Post-it" }
          ],
          "accessibility": "Hörslinga i lokalen; materialet skickas ut i förväg."
        }
        """);

    public static JsonObject Kickoff => Parse("""
        {
          "attendance": 9,
          "groundRules": "Alla röster hörs; vi utgår från erfarenheter, inte skuld.",
          "assumptions": "Urvalet sker på magkänsla; annonserna når inte alla grupper."
        }
        """);

    public static JsonObject FieldResearch(string source, string quote) => Parse($$"""
        {
          "interviews": 6,
          "insights": [ { "source": "{{source}}", "method": "interview", "quote": "{{quote}}", "group": "Sökande" } ]
        }
        """);

    public static JsonObject ThreeR => Parse("""
        {
          "analysis": {
            "r1": [
              { "level": "Rekryterande chefer", "women": 14, "men": 6 },
              { "level": "Sökande", "women": 212, "men": 48 }
            ],
            "r2": [ { "resource": "Tid i intervju", "women": 45, "men": 45, "comment": "Lika lång tid per intervju." } ],
            "r3": "Normen om att en kurator är en kvinna styr både annonser och urval.",
            "r4": "Könsneutrala annonser och strukturerade intervjuer."
          }
        }
        """);

    public static JsonObject JamkasPlus => Parse("""
        {
          "analysis": {
            "targetGroups": "Sökande och rekryterande chefer i elevhälsan.",
            "pattern": "Män går oftare vidare till andra intervjun, fast de är färre bland de sökande.",
            "observation": "Chefer beskriver manliga sökande som ett tillskott.",
            "causes": "Normen om kuratorn som kvinna; urval på magkänsla.",
            "consequences": "Kvinnor med utländsk bakgrund sållas bort tidigt.",
            "verdict": "confirmed",
            "analysis": "Urvalet saknar gemensamma kriterier.",
            "conclusions": "Pröva strukturerade intervjuer."
          }
        }
        """);

    public static JsonObject Synthesis => Parse("""
        {
          "clusters": [ { "cluster": "Urval på magkänsla", "insights": "Chefer väljer den som liknar dem själva." } ],
          "developmentAreas": "Strukturerat urval; bredare annonsering.",
          "questions": [ { "question": "Hur kan vi göra urvalet till elevhälsan strukturerat och jämlikt?" } ]
        }
        """);

    public static JsonObject Idea(string title, string description) =>
        new() { ["title"] = title, ["description"] = description };

    public static JsonObject IdeationWorkshop => Parse("""
        { "ideas": [ { "title": "Anonymiserade ansökningar" }, { "title": "Strukturerade intervjuer", "description": "Samma frågor till alla." } ] }
        """);

    public static JsonObject Prioritise => Parse("""
        {
          "ideas": [
            { "idea": "Strukturerade intervjuer", "votes": 5, "benefit": 5, "effort": 2 },
            { "idea": "Anonymiserade ansökningar", "votes": 3, "benefit": 4, "effort": 3 }
          ]
        }
        """);

    public static JsonObject EqualityCheck(bool consequencesPerGroup) => Parse($$"""
        {
          "skr": {
            "affectsGroups": "yes",
            "points": {
              "statisticsBySex": { "checked": true },
              "consequencesPerGroup": { "checked": {{(consequencesPerGroup ? "true" : "false")}}, "comment": "{{(consequencesPerGroup ? "Beskrivet för varje grupp." : "Konsekvenserna för män saknas.")}}" },
              "measuresForDifferences": { "checked": true },
              "measuresAgainstGoals": { "checked": true }
            }
          },
          "grounds": {{OtherGrounds}}
        }
        """);

    /// <summary>SKR's point 1 answered no: the checklist does not apply; the other grounds are still assessed.</summary>
    public static JsonObject EqualityCheckNotApplicable => Parse($$"""
        {
          "skr": { "affectsGroups": "no", "notApplicableReason": "Idén gäller bara hur intervjufrågorna sparas." },
          "grounds": {{OtherGrounds}}
        }
        """);

    private const string OtherGrounds = """
        {
          "transgenderIdentity": { "checked": false, "comment": "Påverkas inte." },
          "ethnicity": { "checked": true, "comment": "Sökande med utländsk bakgrund gynnas av samma frågor till alla." },
          "religion": { "checked": false }, "disability": { "checked": true, "comment": "Intervjun erbjuds med anpassningar." },
          "sexualOrientation": { "checked": false }, "age": { "checked": false },
          "socioeconomics": { "checked": true, "comment": "Sökande utan kontaktnät i skolan får samma chans." }
        }
        """;

    public static JsonObject ConceptDecision => Parse($$"""
        {
          "concepts": [
            {
              "title": "Strukturerade intervjuer i elevhälsan",
              "description": "Samma frågor och bedömningsmall för alla sökande.",
              "owner": "{{LabStoryCast.Kim.Id}}",
              "testQuestion": "Kallas fler sökande med olika bakgrund till andra intervjun?"
            }
          ]
        }
        """);

    public static JsonObject Gate(string comment) => new() { ["comment"] = comment };

    public static JsonObject PrototypePlan => Parse("""
        {
          "prototypeType": "process",
          "assumption": "Ett strukturerat urval minskar betydelsen av magkänsla.",
          "testGroup": "Två rekryteringar till elevhälsan i nordost",
          "successCriteria": "Minst 25 % av dem som kallas har utländsk bakgrund.",
          "gdprEthics": {
            "minimalData": { "checked": true },
            "informedConsent": { "checked": true },
            "noSensitiveData": { "checked": true },
            "safeForGroups": { "checked": true }
          }
        }
        """);

    public static JsonObject TestLog(string date) => Parse($$"""
        { "log": [ { "concept": "Strukturerade intervjuer i elevhälsan", "date": "{{date}}", "n": 4, "feedback": "Frågorna upplevdes som rättvisa.", "lesson": "Mallen behöver en fråga om språk." } ] }
        """);

    public static JsonObject CheckIn => Parse("""{ "status": "amber", "obstacles": "En rekrytering sköts upp." }""");

    public static JsonObject EvaluationWorkshop => Parse("""
        { "results": [ { "criterion": "Minst 25 % med utländsk bakgrund kallas", "result": "19 % i första rundan.", "met": "partly" } ] }
        """);

    public static JsonObject Rationale(string rationale) => new() { ["rationale"] = rationale };

    public static JsonObject Handover => Parse($$"""
        {
          "lineOwner": "{{LabStoryCast.Sam.Id}}",
          "linkedTo": ["businessPlan", "activeMeasures"],
          "indicators": [ { "indicator": "Andel sökande med utländsk bakgrund som kallas till intervju", "baselineWomen": 15, "baselineMen": 12, "targetWomen": 25, "targetMen": 25 } ],
          "resources": "En HR-partner 10 % under hösten."
        }
        """);

    public static JsonObject Survey(int overall) => Parse($$"""
        { "overall": {{overall}}, "influence": 4, "methods": 4, "equality": 5, "comments": "Bra upplägg." }
        """);

    public static JsonObject LabReport => Parse("""
        { "summary": "Labbet prövade strukturerade intervjuer i elevhälsan.", "report": "https://goteborg.example/labb/elevhalsan.pdf" }
        """);

    public static JsonObject FollowUp(decimal current, string implemented) => Parse($$"""
        {
          "indicators": [
            { "indicator": "Andel sökande med utländsk bakgrund som kallas till intervju", "baselineWomen": 15, "baselineMen": 12, "currentWomen": {{current}}, "currentMen": {{current - 3}} }
          ],
          "implemented": "{{implemented}}",
          "nextSteps": "Sprid mallen till förskolan."
        }
        """);

    public static JsonObject Parse(string json) => JsonNode.Parse(json)!.AsObject();
}
