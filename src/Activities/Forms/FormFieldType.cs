namespace LabFlow.Activities.Forms;

/// <summary>The kinds of form field a flow can declare (docs/lab-activities.md, "Form fields").</summary>
public enum FormFieldType
{
    /// <summary>One line of text; the answer is a string.</summary>
    Text,

    /// <summary>Several lines of text; the answer is a string.</summary>
    LongText,

    /// <summary>A number, optionally between <see cref="FormField.Min"/> and <see cref="FormField.Max"/>.</summary>
    Number,

    /// <summary>A date written <c>"2027-01-31"</c>.</summary>
    Date,

    /// <summary>One of <see cref="FormField.Options"/>; the answer is the option's value.</summary>
    Choice,

    /// <summary>Any number of <see cref="FormField.Options"/>; the answer is an array of values.</summary>
    MultiChoice,

    /// <summary>Yes/no per item of <see cref="FormField.Items"/>: <c>{ "item": { "checked": true, "comment": "…" } }</c>.</summary>
    Checklist,

    /// <summary>A whole number from 1 to 5.</summary>
    Rating,

    /// <summary>A person's id (a GUID string); the caller checks that the person exists.</summary>
    Person,

    /// <summary>An absolute http or https URL.</summary>
    Link,

    /// <summary>Repeating rows of <see cref="FormField.Fields"/>; the answer is an array of row objects.</summary>
    Group,

    /// <summary>
    /// A fixed set of <see cref="FormField.Fields"/> answered once, as one object. Flows cannot declare it
    /// directly: only presets made of several fields (<c>threeR</c>) expand to it, so their answers land under one key.
    /// </summary>
    Section,

    /// <summary>
    /// An uploaded file (a picture, a PDF or an Office document): the answer is the id of a file uploaded for this field
    /// first (<see cref="Attachments.AttachmentService"/>).
    /// </summary>
    File,
}
