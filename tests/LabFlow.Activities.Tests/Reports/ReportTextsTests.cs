using LabFlow.Activities.Reports;
using LabFlow.Workflows.Definitions;

namespace LabFlow.Activities.Tests.Reports;

/// <summary>The Word report names the run by its flow's kind: a conference's report never says "labbet".</summary>
public sealed class ReportTextsTests
{
    [Theory]
    [InlineData(FlowKind.Lab, "sv", "Grundskoleförvaltningen. Labbet startade 2027-02-01 och följer flödet F.")]
    [InlineData(FlowKind.Conference, "sv", "Grundskoleförvaltningen. Konferensen startade 2027-02-01 och följer flödet F.")]
    [InlineData(FlowKind.Seminar, "en", "Grundskoleförvaltningen. The seminar started on 2027-02-01 and follows the flow F.")]
    public void LabLead_NamesTheRunByItsKind_WhenTheFlowHasOne(FlowKind kind, string language, string expected)
    {
        // Act
        var lead = ReportTexts.For(language).LabLead(kind, "Grundskoleförvaltningen", new DateOnly(2027, 2, 1), "F");

        // Assert
        Assert.Equal(expected, lead);
    }
}
