namespace LabFlow.Activities.Forms;

/// <summary>The stable codes of <see cref="FormError"/>; the UI may key its own texts on them.</summary>
public static class FormErrorCodes
{
    public const string Required = "required";
    public const string UnknownField = "unknownField";
    public const string NotText = "notText";
    public const string TooLong = "tooLong";
    public const string NotNumber = "notNumber";
    public const string TooSmall = "tooSmall";
    public const string TooLarge = "tooLarge";
    public const string NotDate = "notDate";
    public const string NotOption = "notOption";
    public const string NotList = "notList";
    public const string TooFewSelected = "tooFewSelected";
    public const string TooManySelected = "tooManySelected";
    public const string NotChecklist = "notChecklist";
    public const string UnknownItem = "unknownItem";
    public const string NotAnswered = "notAnswered";
    public const string NotRating = "notRating";
    public const string NotPerson = "notPerson";
    public const string UnknownPerson = "unknownPerson";
    public const string NotLink = "notLink";
    public const string NotRows = "notRows";
    public const string NotRow = "notRow";
    public const string TooFewRows = "tooFewRows";
    public const string TooManyRows = "tooManyRows";
    public const string NotSection = "notSection";
    public const string MeasureOrReason = "measureOrReason";
    public const string RequiredWithMeasure = "requiredWithMeasure";
    public const string EndBeforeStart = "endBeforeStart";
    public const string NotFile = "notFile";
    public const string UnknownFile = "unknownFile";
}
