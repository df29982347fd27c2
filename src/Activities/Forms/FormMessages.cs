using System.Globalization;
using LabFlow.Workflows.Definitions;

namespace LabFlow.Activities.Forms;

/// <summary>The messages people see when their answers are wrong, in Swedish and English.</summary>
internal static class FormMessages
{
    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");

    public static LocalizedText Required() =>
        LocalizedText.Of("Fältet måste fyllas i.", "This field is required.");

    public static LocalizedText UnknownField(string key) =>
        LocalizedText.Of($"Formuläret har inget fält som heter '{key}'.", $"The form has no field named '{key}'.");

    public static LocalizedText NotText() =>
        LocalizedText.Of("Svaret måste vara text.", "The answer must be text.");

    public static LocalizedText TooLong(int maxLength, int length) =>
        LocalizedText.Of(
            $"Texten får vara högst {maxLength} tecken lång (den är {length}).",
            $"The text may be at most {maxLength} characters long (it is {length}).");

    public static LocalizedText NotNumber() =>
        LocalizedText.Of("Ange ett tal.", "Enter a number.");

    public static LocalizedText TooSmall(decimal min) =>
        LocalizedText.Of($"Talet får inte vara mindre än {Sv(min)}.", $"The number may not be less than {En(min)}.");

    public static LocalizedText TooLarge(decimal max) =>
        LocalizedText.Of($"Talet får inte vara större än {Sv(max)}.", $"The number may not be greater than {En(max)}.");

    public static LocalizedText NotDate() =>
        LocalizedText.Of("Ange ett datum som ÅÅÅÅ-MM-DD, till exempel 2027-01-31.", "Enter a date as YYYY-MM-DD, for example 2027-01-31.");

    public static LocalizedText NotOption(string value) =>
        LocalizedText.Of($"'{value}' är inte ett av alternativen.", $"'{value}' is not one of the options.");

    public static LocalizedText NotList() =>
        LocalizedText.Of("Svaret måste vara en lista med alternativ.", "The answer must be a list of options.");

    public static LocalizedText TooFewSelected(int min) =>
        LocalizedText.Of($"Välj minst {min} alternativ.", $"Select at least {min} {Plural(min, "option", "options")}.");

    public static LocalizedText TooManySelected(int max) =>
        LocalizedText.Of($"Välj högst {max} alternativ.", $"Select at most {max} {Plural(max, "option", "options")}.");

    public static LocalizedText NotChecklist() =>
        LocalizedText.Of(
            "Svaret måste ange ja eller nej för varje punkt i checklistan.",
            "The answer must give yes or no for each item of the checklist.");

    public static LocalizedText UnknownItem(string item) =>
        LocalizedText.Of($"Checklistan har ingen punkt som heter '{item}'.", $"The checklist has no item named '{item}'.");

    public static LocalizedText NotAnswered() =>
        LocalizedText.Of("Svara ja eller nej.", "Answer yes or no.");

    public static LocalizedText NotRating() =>
        LocalizedText.Of("Ge ett betyg från 1 till 5.", "Give a rating from 1 to 5.");

    public static LocalizedText NotPerson() =>
        LocalizedText.Of("Välj en person i listan.", "Choose a person from the list.");

    public static LocalizedText UnknownPerson() =>
        LocalizedText.Of("Personen finns inte i LabFlow. Välj en person i listan.", "The person is not in LabFlow. Choose a person from the list.");

    public static LocalizedText NotFile() =>
        LocalizedText.Of("Ladda upp en fil i fältet och skicka igen.", "Upload a file in the field and send again.");

    public static LocalizedText UnknownFile() =>
        LocalizedText.Of(
            "Filen finns inte bland dem som laddats upp till det här fältet (den kan ha tagits bort). Ladda upp den igen.",
            "The file is not among those uploaded to this field (it may have been removed). Upload it again.");

    public static LocalizedText NotLink() =>
        LocalizedText.Of(
            "Ange en fullständig webbadress som börjar med http:// eller https://.",
            "Enter a full web address starting with http:// or https://.");

    public static LocalizedText NotRows() =>
        LocalizedText.Of("Svaret måste vara en lista med rader.", "The answer must be a list of rows.");

    public static LocalizedText NotRow() =>
        LocalizedText.Of("Raden måste vara ett objekt med radens fält.", "The row must be an object of the row's fields.");

    public static LocalizedText TooFewRows(int min) =>
        LocalizedText.Of(
            $"Lägg till minst {min} {Plural(min, "rad", "rader")}.",
            $"Add at least {min} {Plural(min, "row", "rows")}.");

    public static LocalizedText TooManyRows(int max) =>
        LocalizedText.Of(
            $"Det får finnas högst {max} {Plural(max, "rad", "rader")}.",
            $"There may be at most {max} {Plural(max, "row", "rows")}.");

    public static LocalizedText NotSection() =>
        LocalizedText.Of("Svaret måste vara ett objekt med avsnittets fält.", "The answer must be an object of the section's fields.");

    public static LocalizedText EndBeforeStart() =>
        LocalizedText.Of("Slutdatumet kan inte vara före startdatumet.", "The end date cannot be before the start date.");

    private static string Plural(int count, string one, string many) => count == 1 ? one : many;

    private static string Sv(decimal value) => value.ToString(Swedish);

    private static string En(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
