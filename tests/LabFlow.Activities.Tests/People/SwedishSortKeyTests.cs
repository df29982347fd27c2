using LabFlow.Activities.Organisation;

namespace LabFlow.Activities.Tests.People;

public sealed class SwedishSortKeyTests
{
    [Fact]
    public void For_SortsÅÄÖAfterZ_WhenKeysAreComparedByteByByte()
    {
        // Arrange
        string[] names = ["Östen", "Åsa", "Zlatan", "Ärla", "Anna", "Öberg", "Ada"];

        // Act
        var sorted = names.OrderBy(SwedishSortKey.For, StringComparer.Ordinal).ToList();

        // Assert
        Assert.Equal(["Ada", "Anna", "Zlatan", "Åsa", "Ärla", "Öberg", "Östen"], sorted);
    }

    [Fact]
    public void For_GivesTheSameKey_WhenNamesDifferOnlyInCase()
    {
        // Act
        var keys = new[] { "ÅSA ÖBERG", "åsa öberg", "Åsa Öberg" }.Select(SwedishSortKey.For).Distinct().ToList();

        // Assert
        Assert.Single(keys);
    }

    [Fact]
    public void For_IgnoresAccentsButNotÅÄÖ_WhenNamesHaveThem()
    {
        // Act and Assert: é, è, ç and ñ are their base letters; æ and ø are ä and ö; ü is y.
        Assert.Equal(SwedishSortKey.For("Rene Francois Nunez"), SwedishSortKey.For("René François Núñez"));
        Assert.Equal(SwedishSortKey.For("Märta Öst"), SwedishSortKey.For("Mærta Øst"));
        Assert.Equal(SwedishSortKey.For("Myller"), SwedishSortKey.For("Müller"));
        Assert.NotEqual(SwedishSortKey.For("Asa"), SwedishSortKey.For("Åsa"));
        Assert.NotEqual(SwedishSortKey.For("Orn"), SwedishSortKey.For("Örn"));
    }

    [Fact]
    public void For_SortsAShorterFirstNameFirst_WhenSpacesAndHyphensSeparateWords()
    {
        // Arrange
        string[] names = ["Anna Berg", "Ann-Britt Ek", "Ann  Berg", "Annika", "3M Konsult"];

        // Act
        var sorted = names.OrderBy(SwedishSortKey.For, StringComparer.Ordinal).ToList();

        // Assert: digits before letters; any run of spaces or punctuation is one separator that sorts before letters.
        Assert.Equal(["3M Konsult", "Ann  Berg", "Ann-Britt Ek", "Anna Berg", "Annika"], sorted);
        Assert.Equal(SwedishSortKey.For("Ann Britt Ek"), SwedishSortKey.For(" Ann-Britt  Ek. "));
    }

    [Fact]
    public void For_SortsLikeSwedishCulture_WhenNamesAreOrdinary()
    {
        // Arrange: the order .NET's Swedish culture (ICU) gives, case aside, for names without punctuation.
        string[] names = ["Örjan Lund", "Bo Ek", "åke Berg", "Ärla Vik", "Zeke Zorn", "anders Ås", "Anders Ar", "Eva Öst", "Eva Ost"];
        var swedish = StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("sv-SE"), ignoreCase: true);

        // Act
        var byKey = names.OrderBy(SwedishSortKey.For, StringComparer.Ordinal).ToList();

        // Assert
        Assert.Equal(names.Order(swedish), byKey);
    }

    [Fact]
    public void For_NeverMakesALongerKeyThanTheName_WhenTheNameIsLong()
    {
        // Arrange
        var name = string.Concat(Enumerable.Repeat("Ölands-Åsa ", 30));

        // Act
        var key = SwedishSortKey.For(name);

        // Assert
        Assert.True(key.Length <= name.Length, $"The key has {key.Length} characters, the name {name.Length}.");
        Assert.StartsWith("}lands {sa", key, StringComparison.Ordinal);
    }
}
