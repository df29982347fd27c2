using System.Text.Json.Nodes;
using LabFlow.Activities.Forms;
using LabFlow.Activities.Privacy;
using LabFlow.Workflows.Definitions;

namespace LabFlow.Activities.Tests.Privacy;

/// <summary>Erasure empties the answers to fields marked personal, at any depth, and keeps the rest.</summary>
public sealed class PersonalAnswersTests
{
    private static readonly JsonArray Form = JsonNode.Parse("""
        [
          { "key": "count", "type": "Number", "label": "Antal" },
          { "key": "quote", "type": "LongText", "label": "Citat", "personal": true },
          { "key": "rows", "type": "Group", "label": "Rader", "fields": [
              { "key": "note", "type": "Text", "label": "Anteckning", "personal": true },
              { "key": "score", "type": "Rating", "label": "Betyg" } ] }
        ]
        """)!.AsArray();

    [Fact]
    public void Empty_RemovesPersonalAnswersAtTopAndInGroupRows_AndKeepsTheOthers()
    {
        // Arrange
        var answers = JsonNode.Parse("""
            { "count": 5, "quote": "Hon sa att hon var trött",
              "rows": [ { "note": "Första raden", "score": 4 }, { "note": "Andra raden", "score": 2 } ] }
            """)!.AsObject();

        // Act
        var (emptied, removed) = PersonalAnswers.Empty(answers, Form);

        // Assert
        Assert.Equal(
            """{"count":5,"quote":null,"rows":[{"note":null,"score":4},{"note":null,"score":2}]}""",
            emptied!.ToJsonString());
        Assert.Equal(["Hon sa att hon var trött", "Första raden", "Andra raden"], removed);
        Assert.Equal("Hon sa att hon var trött", answers["quote"]!.GetValue<string>());
    }

    [Fact]
    public void Empty_ChangesNothing_WhenThereAreNoAnswers()
    {
        // Act
        var (emptied, removed) = PersonalAnswers.Empty(null, Form);

        // Assert
        Assert.Null(emptied);
        Assert.Empty(removed);
    }

    [Fact]
    public void Empty_RemovesAPersonalFieldInsideASection_AndKeepsTheSectionsOtherAnswers()
    {
        // Arrange
        FormField[] fields =
        [
            new FormField
            {
                Key = "interview",
                Type = FormFieldType.Section,
                Label = LocalizedText.Of("Intervju"),
                Fields =
                [
                    new FormField { Key = "quote", Type = FormFieldType.LongText, Label = LocalizedText.Of("Citat"), Personal = true },
                    new FormField { Key = "minutes", Type = FormFieldType.Number, Label = LocalizedText.Of("Minuter") },
                ],
            },
        ];
        var answers = JsonNode.Parse("""{ "interview": { "quote": "Chefen lyssnar aldrig", "minutes": 40 } }""")!.AsObject();

        // Act
        var (emptied, removed) = PersonalAnswers.Empty(answers, fields);

        // Assert
        Assert.Equal("""{"interview":{"quote":null,"minutes":40}}""", emptied.ToJsonString());
        Assert.Equal(["Chefen lyssnar aldrig"], removed);
    }

    [Fact]
    public void Empty_RemovesAWholeSectionPreset_WhenTheFlowMarksItPersonal()
    {
        // Arrange
        var form = JsonNode.Parse("""
            [
              { "key": "count", "type": "Number", "label": "Antal" },
              { "key": "analysis", "preset": "jamkasPlus", "personal": true }
            ]
            """)!.AsArray();
        var answers = JsonNode.Parse("""{ "count": 2, "analysis": { "targetGroups": "Personalen på avdelning Solen", "verdict": "confirmed" } }""")!.AsObject();

        // Act
        var (emptied, removed) = PersonalAnswers.Empty(answers, form);

        // Assert
        Assert.Equal("""{"count":2,"analysis":null}""", emptied!.ToJsonString());
        Assert.Equal(["Personalen på avdelning Solen", "confirmed"], removed);
    }

    [Fact]
    public void RemoveWrittenTexts_ReplacesTextFieldsOfAnIdea_AndKeepsItsChoices()
    {
        // Arrange
        var form = JsonNode.Parse("""
            [
              { "key": "title", "type": "Text", "label": "Rubrik" },
              { "key": "description", "type": "LongText", "label": "Beskrivning" },
              { "key": "area", "type": "Choice", "label": "Område", "options": [ { "value": "work", "label": "Arbete" } ] }
            ]
            """)!.AsArray();
        var idea = JsonNode.Parse("""{ "title": "Fredagslunch", "description": "Vi äter ihop", "area": "work" }""")!.AsObject();

        // Act
        var (emptied, removed) = PersonalAnswers.RemoveWrittenTexts(idea, form);

        // Assert
        Assert.Equal("""{"title":"[raderat]","description":"[raderat]","area":"work"}""", emptied.ToJsonString());
        Assert.Equal(["Fredagslunch", "Vi äter ihop"], removed);
    }

    [Fact]
    public void RemoveWrittenTexts_ReplacesEveryString_WhenTheFormIsUnknown()
    {
        // Arrange
        var idea = JsonNode.Parse("""{ "title": "Fredagslunch", "votes": 3, "tags": [ "mat" ] }""")!.AsObject();

        // Act
        var (emptied, removed) = PersonalAnswers.RemoveWrittenTexts(idea, null);

        // Assert
        Assert.Equal("""{"title":"[raderat]","votes":3,"tags":["[raderat]"]}""", emptied.ToJsonString());
        Assert.Equal(["Fredagslunch", "mat"], removed);
    }
}
