using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using LabFlow.Workflows.Definitions;

namespace LabFlow.Activities.Forms;

/// <summary>
/// Checks a task's answers against its form on the server: every error at once, keyed by the field's path
/// (<c>risks[1].measure</c>), with messages in Swedish and English, and the answers normalised.
/// Whether a chosen person exists is for the caller to check; this checks only that it is a person id.
/// </summary>
public static class FormValidator
{
    /// <summary>The longest Text answer when the field sets no <see cref="FormField.MaxLength"/>.</summary>
    public const int DefaultTextMaxLength = 1_000;

    /// <summary>The longest LongText answer when the field sets no <see cref="FormField.MaxLength"/>.</summary>
    public const int DefaultLongTextMaxLength = 20_000;

    public static FormValidationResult Validate(FormDefinition form, JsonObject? answers)
    {
        ArgumentNullException.ThrowIfNull(form);
        var errors = new List<FormError>();
        var normalised = ValidateObject(form.Fields, answers ?? [], string.Empty, errors, out _);
        var people = new List<FormPersonAnswer>();
        CollectPeople(form.Fields, normalised, string.Empty, people);
        return new FormValidationResult(errors, normalised, people);
    }

    private static void CollectPeople(IReadOnlyList<FormField> fields, JsonObject answers, string path, List<FormPersonAnswer> people)
    {
        foreach (var field in fields)
        {
            var fieldPath = FormPath.Property(path, field.Key);
            switch (field.Type, answers[field.Key])
            {
                case (FormFieldType.Person, JsonValue id):
                    people.Add(new FormPersonAnswer(fieldPath, Guid.Parse(id.GetValue<string>())));
                    break;
                case (FormFieldType.Group, JsonArray rows):
                    for (var i = 0; i < rows.Count; i++)
                    {
                        CollectPeople(field.Fields, rows[i]!.AsObject(), FormPath.Index(fieldPath, i), people);
                    }

                    break;
                case (FormFieldType.Section, JsonObject section):
                    CollectPeople(field.Fields, section, fieldPath, people);
                    break;
            }
        }
    }

    private static JsonObject ValidateObject(
        IReadOnlyList<FormField> fields, JsonObject answers, string path, List<FormError> errors, out HashSet<string> keysWithErrors)
    {
        keysWithErrors = new HashSet<string>(StringComparer.Ordinal);
        var normalised = new JsonObject();
        foreach (var field in fields)
        {
            answers.TryGetPropertyValue(field.Key, out var node);
            var before = errors.Count;
            var value = ValidateField(field, node, FormPath.Property(path, field.Key), errors);
            if (errors.Count > before)
            {
                keysWithErrors.Add(field.Key);
            }
            else if (value is not null)
            {
                normalised[field.Key] = value;
            }
        }

        foreach (var (key, _) in answers)
        {
            if (!fields.Any(field => field.Key == key))
            {
                errors.Add(new FormError(FormPath.Property(path, key), FormErrorCodes.UnknownField, FormMessages.UnknownField(key)));
            }
        }

        return normalised;
    }

    /// <summary>The normalised answer, or <c>null</c> when it is blank or wrong (errors say which).</summary>
    private static JsonNode? ValidateField(FormField field, JsonNode? node, string path, List<FormError> errors)
    {
        if (IsBlank(node))
        {
            if (field.Required)
            {
                errors.Add(new FormError(path, FormErrorCodes.Required, FormMessages.Required()));
            }

            return null;
        }

        return field.Type switch
        {
            FormFieldType.Text => ValidateText(field, node!, path, DefaultTextMaxLength, errors),
            FormFieldType.LongText => ValidateText(field, node!, path, DefaultLongTextMaxLength, errors),
            FormFieldType.Number => ValidateNumber(field, node!, path, errors),
            FormFieldType.Date => ValidateDate(node!, path, errors),
            FormFieldType.Choice => ValidateChoice(field, node!, path, errors),
            FormFieldType.MultiChoice => ValidateMultiChoice(field, node!, path, errors),
            FormFieldType.Checklist => ValidateChecklist(field, node!, path, errors),
            FormFieldType.Rating => ValidateRating(node!, path, errors),
            FormFieldType.Person => ValidatePerson(node!, path, errors),
            FormFieldType.Link => ValidateLink(node!, path, errors),
            FormFieldType.File => ValidateFile(node!, path, errors),
            FormFieldType.Group => ValidateGroup(field, node!, path, errors),
            FormFieldType.Section => ValidateSection(field, node!, path, errors),
            _ => throw new InvalidOperationException($"Form field type {field.Type} has no validation."),
        };
    }

    private static bool IsBlank(JsonNode? node) => node switch
    {
        null => true,
        JsonArray array => array.Count == 0,
        JsonValue value when value.GetValueKind() == JsonValueKind.Null => true,
        JsonValue value when FormJson.TryGetString(value, out var text) => string.IsNullOrWhiteSpace(text),
        _ => false,
    };

    private static JsonNode? Fail(List<FormError> errors, string path, string code, LocalizedText message)
    {
        errors.Add(new FormError(path, code, message));
        return null;
    }

    private static JsonNode? ValidateText(FormField field, JsonNode node, string path, int defaultMaxLength, List<FormError> errors)
    {
        if (!FormJson.TryGetString(node, out var text))
        {
            return Fail(errors, path, FormErrorCodes.NotText, FormMessages.NotText());
        }

        text = text.Trim();
        var maxLength = field.MaxLength ?? defaultMaxLength;
        return text.Length > maxLength
            ? Fail(errors, path, FormErrorCodes.TooLong, FormMessages.TooLong(maxLength, text.Length))
            : JsonValue.Create(text);
    }

    private static JsonNode? ValidateNumber(FormField field, JsonNode node, string path, List<FormError> errors)
    {
        if (!FormJson.TryGetDecimal(node, out var number))
        {
            return Fail(errors, path, FormErrorCodes.NotNumber, FormMessages.NotNumber());
        }

        if (number < field.Min)
        {
            return Fail(errors, path, FormErrorCodes.TooSmall, FormMessages.TooSmall(field.Min.Value));
        }

        if (number > field.Max)
        {
            return Fail(errors, path, FormErrorCodes.TooLarge, FormMessages.TooLarge(field.Max.Value));
        }

        return JsonValue.Create(number);
    }

    private static JsonNode? ValidateDate(JsonNode node, string path, List<FormError> errors)
    {
        if (FormJson.TryGetString(node, out var text)
            && DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return JsonValue.Create(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        return Fail(errors, path, FormErrorCodes.NotDate, FormMessages.NotDate());
    }

    private static JsonNode? ValidateChoice(FormField field, JsonNode node, string path, List<FormError> errors)
    {
        if (!FormJson.TryGetString(node, out var value) || !field.Options.Any(option => option.Value == value))
        {
            return Fail(errors, path, FormErrorCodes.NotOption, FormMessages.NotOption(Shown(node)));
        }

        return JsonValue.Create(value);
    }

    private static JsonNode? ValidateMultiChoice(FormField field, JsonNode node, string path, List<FormError> errors)
    {
        if (node is not JsonArray array)
        {
            return Fail(errors, path, FormErrorCodes.NotList, FormMessages.NotList());
        }

        var selected = new HashSet<string>(StringComparer.Ordinal);
        var valid = true;
        for (var i = 0; i < array.Count; i++)
        {
            if (FormJson.TryGetString(array[i], out var value) && field.Options.Any(option => option.Value == value))
            {
                selected.Add(value);
                continue;
            }

            valid = false;
            errors.Add(new FormError(FormPath.Index(path, i), FormErrorCodes.NotOption, FormMessages.NotOption(Shown(array[i]))));
        }

        if (!valid)
        {
            return null;
        }

        if (selected.Count < field.MinSelected)
        {
            return Fail(errors, path, FormErrorCodes.TooFewSelected, FormMessages.TooFewSelected(field.MinSelected.Value));
        }

        if (selected.Count > field.MaxSelected)
        {
            return Fail(errors, path, FormErrorCodes.TooManySelected, FormMessages.TooManySelected(field.MaxSelected.Value));
        }

        return new JsonArray([.. field.Options.Where(option => selected.Contains(option.Value)).Select(option => (JsonNode)JsonValue.Create(option.Value))]);
    }

    private static JsonNode? ValidateChecklist(FormField field, JsonNode node, string path, List<FormError> errors)
    {
        if (node is not JsonObject answers)
        {
            return Fail(errors, path, FormErrorCodes.NotChecklist, FormMessages.NotChecklist());
        }

        var before = errors.Count;
        var normalised = new JsonObject();
        foreach (var item in field.Items)
        {
            var itemPath = FormPath.Property(path, item.Value);
            if (!answers.TryGetPropertyValue(item.Value, out var answerNode) || answerNode is null)
            {
                if (field.Required)
                {
                    errors.Add(new FormError(itemPath, FormErrorCodes.NotAnswered, FormMessages.NotAnswered()));
                }

                continue;
            }

            if (ValidateChecklistItem(answerNode, itemPath, errors) is { } answer)
            {
                normalised[item.Value] = answer;
            }
        }

        foreach (var (key, _) in answers)
        {
            if (!field.Items.Any(item => item.Value == key))
            {
                errors.Add(new FormError(FormPath.Property(path, key), FormErrorCodes.UnknownItem, FormMessages.UnknownItem(key)));
            }
        }

        return errors.Count > before || normalised.Count == 0 ? null : normalised;
    }

    private static JsonObject? ValidateChecklistItem(JsonNode node, string path, List<FormError> errors)
    {
        if (node is not JsonObject answer
            || answer["checked"] is not JsonValue checkedValue
            || checkedValue.GetValueKind() is not (JsonValueKind.True or JsonValueKind.False))
        {
            errors.Add(new FormError(path, FormErrorCodes.NotAnswered, FormMessages.NotAnswered()));
            return null;
        }

        var normalised = new JsonObject { ["checked"] = checkedValue.GetValue<bool>() };
        var valid = true;
        foreach (var (key, value) in answer)
        {
            if (key == "checked")
            {
                continue;
            }

            if (key != "comment")
            {
                valid = false;
                errors.Add(new FormError(FormPath.Property(path, key), FormErrorCodes.NotChecklist, FormMessages.NotChecklist()));
            }
            else if (IsBlank(value))
            {
                continue;
            }
            else if (FormJson.TryGetString(value, out var comment))
            {
                comment = comment.Trim();
                if (comment.Length > DefaultLongTextMaxLength)
                {
                    valid = false;
                    errors.Add(new FormError(FormPath.Property(path, key), FormErrorCodes.TooLong, FormMessages.TooLong(DefaultLongTextMaxLength, comment.Length)));
                }
                else
                {
                    normalised["comment"] = comment;
                }
            }
            else
            {
                valid = false;
                errors.Add(new FormError(FormPath.Property(path, key), FormErrorCodes.NotText, FormMessages.NotText()));
            }
        }

        return valid ? normalised : null;
    }

    private static JsonNode? ValidateRating(JsonNode node, string path, List<FormError> errors)
    {
        if (FormJson.TryGetDecimal(node, out var rating) && rating == decimal.Truncate(rating) && rating is >= 1 and <= 5)
        {
            return JsonValue.Create((int)rating);
        }

        return Fail(errors, path, FormErrorCodes.NotRating, FormMessages.NotRating());
    }

    private static JsonNode? ValidatePerson(JsonNode node, string path, List<FormError> errors)
    {
        if (FormJson.TryGetString(node, out var text) && Guid.TryParse(text.Trim(), out var id) && id != Guid.Empty)
        {
            return JsonValue.Create(id.ToString("D"));
        }

        return Fail(errors, path, FormErrorCodes.NotPerson, FormMessages.NotPerson());
    }

    private static JsonNode? ValidateLink(JsonNode node, string path, List<FormError> errors)
    {
        if (FormJson.TryGetString(node, out var text)
            && Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            && uri.Host.Length > 0)
        {
            return JsonValue.Create(text.Trim());
        }

        return Fail(errors, path, FormErrorCodes.NotLink, FormMessages.NotLink());
    }

    private static JsonNode? ValidateFile(JsonNode node, string path, List<FormError> errors) =>
        FormJson.TryGetString(node, out var text) && Guid.TryParse(text.Trim(), out var id)
            ? JsonValue.Create(id.ToString("D"))
            : Fail(errors, path, FormErrorCodes.NotFile, FormMessages.NotFile());

    private static JsonNode? ValidateGroup(FormField field, JsonNode node, string path, List<FormError> errors)
    {
        if (node is not JsonArray rows)
        {
            return Fail(errors, path, FormErrorCodes.NotRows, FormMessages.NotRows());
        }

        var before = errors.Count;
        if (rows.Count < field.MinRows)
        {
            errors.Add(new FormError(path, FormErrorCodes.TooFewRows, FormMessages.TooFewRows(field.MinRows.Value)));
        }
        else if (rows.Count > field.MaxRows)
        {
            errors.Add(new FormError(path, FormErrorCodes.TooManyRows, FormMessages.TooManyRows(field.MaxRows.Value)));
        }

        var normalised = new JsonArray();
        for (var i = 0; i < rows.Count; i++)
        {
            var rowPath = FormPath.Index(path, i);
            if (rows[i] is not JsonObject row)
            {
                errors.Add(new FormError(rowPath, FormErrorCodes.NotRow, FormMessages.NotRow()));
                continue;
            }

            var normalisedRow = ValidateObject(field.Fields, row, rowPath, errors, out var keysWithErrors);
            foreach (var rule in field.RowRules)
            {
                errors.AddRange(rule.Check(normalisedRow, rowPath, keysWithErrors));
            }

            normalised.Add(normalisedRow);
        }

        return errors.Count > before ? null : normalised;
    }

    private static JsonNode? ValidateSection(FormField field, JsonNode node, string path, List<FormError> errors)
    {
        if (node is not JsonObject answers)
        {
            return Fail(errors, path, FormErrorCodes.NotSection, FormMessages.NotSection());
        }

        var before = errors.Count;
        var normalised = ValidateObject(field.Fields, answers, path, errors, out _);
        return errors.Count > before || normalised.Count == 0 ? null : normalised;
    }

    private static string Shown(JsonNode? node) => FormJson.TryGetString(node, out var text) ? text : JsonPaths.Show(node);
}
