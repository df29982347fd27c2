using System.Text.Json.Nodes;
using LabFlow.Activities.Privacy;

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
}
