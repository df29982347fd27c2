using System.Reflection;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Messages;
using LabFlow.Workflows.Definitions;

namespace LabFlow.Activities.Tests.Messages;

public sealed class MessageCatalogueTests
{
    [Fact]
    public void All_HaveDistinctNonEmptySwedishAndEnglish_WhenWalkingEveryCode()
    {
        // Arrange
        var entries = MessageCatalogue.All;

        // Act
        var missing = entries.Where(e => string.IsNullOrWhiteSpace(e.Swedish) || string.IsNullOrWhiteSpace(e.English)).Select(e => e.Code).ToList();
        var same = entries.Where(e => string.Equals(e.Swedish, e.English, StringComparison.Ordinal)).Select(e => e.Code).ToList();
        var duplicateSwedish = entries.GroupBy(e => e.Swedish, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();

        // Assert
        Assert.True(entries.Count > 100, $"The catalogue has only {entries.Count} entries.");
        Assert.Empty(missing);
        Assert.Empty(same);
        Assert.Empty(duplicateSwedish);
    }

    [Fact]
    public void All_SwedishUsesOnlyEnglishArguments_WhenComparingTemplates()
    {
        // Arrange / Act: a Swedish text may leave out an English-only description, never name an argument nobody passes.
        var unknown = MessageCatalogue.All
            .Where(e => !MessageCatalogue.ArgumentNames(e.Swedish).IsSubsetOf(MessageCatalogue.ArgumentNames(e.English)))
            .Select(e => e.Code)
            .ToList();

        // Assert
        Assert.Empty(unknown);
    }

    [Fact]
    public void All_HasOneEntryPerField_WhenCodesAreUnique()
    {
        // Arrange: every MessageText field of the area classes, the only way code makes a coded message.
        var fields = typeof(MessageCatalogue).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(MessageCatalogue).Namespace)
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => f.FieldType == typeof(MessageText))
            .ToList();

        // Act
        var codes = fields.Select(f => ((MessageText)f.GetValue(null)!).Code).ToList();

        // Assert
        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(codes.Count, MessageCatalogue.All.Count);
    }

    [Fact]
    public void Find_KnowsEveryFlowValidationCode_WhenTheCoreDeclaresIt()
    {
        // Arrange
        var codes = typeof(ValidationCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToList();

        // Act
        var missing = codes.Where(c => MessageCatalogue.Find(c) is null).ToList();

        // Assert
        Assert.NotEmpty(codes);
        Assert.Empty(missing);
    }

    [Fact]
    public void In_RendersArgumentsAndNestedParts_WhenAskedForEitherLanguage()
    {
        // Arrange
        var message = TaskMessages.AlreadyClosed.With(("title", "Rapportera intervjuer"), ("status", TaskMessages.StatusCompleted.Message));

        // Act
        var swedish = message.In(MessageCatalogue.Swedish);
        var english = message.In(MessageCatalogue.English);

        // Assert
        Assert.Equal("Uppgiften 'Rapportera intervjuer' är redan slutförd; inget ändrades.", swedish);
        Assert.Equal("Task 'Rapportera intervjuer' is already completed; nothing was changed.", english);
    }

    [Fact]
    public void InputErrors_CarryCodesAndFields_WhenAFieldIsMissing()
    {
        // Arrange
        var errors = new InputErrors().RequireText("title", " ", LabLimits.TitleLength, "the lab a title");

        // Act
        var refused = Assert.Throws<LabDomainException>(() => errors.ThrowIfAny("The lab cannot be launched."));

        // Assert
        Assert.Equal(LabErrors.Invalid, refused.Code);
        Assert.Equal(InputMessages.Invalid.Code, refused.Text.Code);
        Assert.Equal(InputMessages.Required.Code, Assert.Single(refused.Fields!["title"]).Code);
        Assert.Equal(["Fältet måste fyllas i."], refused.FieldErrorsIn(MessageCatalogue.Swedish)!["title"]);
        Assert.Equal(["Give the lab a title."], refused.FieldErrors!["title"]);
    }
}
