using System.Text.Json.Nodes;
using LabFlow.Activities.Reports;

namespace LabFlow.Activities.Tests.Reports;

public sealed class AnswerBlocksTests
{
    private static readonly Guid Photo = Guid.Parse("30000000-0000-0000-0000-000000000001");

    private static readonly JsonArray Form =
    [
        new JsonObject { ["key"] = "photo", ["type"] = "File", ["label"] = "Foto av prototypen" },
        new JsonObject
        {
            ["key"] = "risks", ["type"] = "Group", ["label"] = "Risker",
            ["fields"] = new JsonArray { new JsonObject { ["key"] = "risk", ["type"] = "Text", ["label"] = "Risk" }, new JsonObject { ["key"] = "evidence", ["type"] = "File", ["label"] = "Underlag" } },
        },
    ];

    [Fact]
    public void Of_ShowsAFileAnswerByItsFileName_WhenTheReportKnowsTheFile()
    {
        // Arrange
        var blocks = new AnswerBlocks(ReportTexts.For("sv"), new Dictionary<Guid, string> { [Photo] = "whiteboard.jpg" });
        var answers = new JsonObject
        {
            ["photo"] = Photo.ToString(),
            ["risks"] = new JsonArray { new JsonObject { ["risk"] = "För få deltagare", ["evidence"] = Photo.ToString() } },
        };

        // Act
        var result = blocks.Of(Form, answers);

        // Assert
        var paragraph = Assert.IsType<ReportParagraph>(result[0]);
        Assert.Equal(("Foto av prototypen", "whiteboard.jpg"), (paragraph.Label, paragraph.Text));
        var table = Assert.IsType<ReportTable>(result[1]);
        Assert.Equal(new[] { "För få deltagare", "whiteboard.jpg" }, table.Rows[0]);
    }

    [Fact]
    public void Of_LeavesOutAFileAnswer_WhenTheFileIsGone()
    {
        // Arrange: the file was removed (retention, erasure); its bare id means nothing to a reader.
        var blocks = new AnswerBlocks(ReportTexts.For("sv"), new Dictionary<Guid, string>());

        // Act
        var result = blocks.Of(Form, new JsonObject { ["photo"] = Photo.ToString() });

        // Assert
        Assert.Empty(result);
    }
}
