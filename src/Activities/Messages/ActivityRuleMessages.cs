using LabFlow.Workflows.ActivityTypes;
using LabFlow.Workflows.Definitions;

namespace LabFlow.Activities.Messages;

/// <summary>
/// The texts of the activities' input rules: the core types' rules and grammars (codes in <see cref="ValidationCodes"/>),
/// the lab activities' input kinds (assignees, roles, reminders, escalation, actions, readers, quorum, dates), the
/// form definition a step collects, and the data-protection order. The designer and the flow import show them with
/// the JSON path; the <c>Issue</c> methods make a rule's issue from one.
/// </summary>
public static class ActivityRuleMessages
{
    // The core's expressions and relative dates (src/Workflows keeps only the codes).
    public static readonly MessageText ExpressionNotAllowed = new(
        ValidationCodes.ExpressionNotAllowed,
        "inställningen '{input}' i {type} tar inte uttryck; skriv själva värdet.",
        "input '{input}' of {type} does not take expressions; write the value itself.");

    public static readonly MessageText ScriptSyntax = new(
        ValidationCodes.ScriptSyntax,
        "skriptet går inte att tolka: {reason}; rätta JavaScript-koden.",
        "the script does not parse: {reason}; fix the JavaScript.");

    public static readonly MessageText TemplateSyntax = new(
        ValidationCodes.TemplateSyntax,
        "mallen går inte att tolka: {reason}; rätta Liquid-mallen.",
        "the template does not parse: {reason}; fix the Liquid template.");

    public static readonly MessageText RelativeDateShape = new(
        ValidationCodes.RelativeDateShape,
        "ett relativt datum har exakt en egenskap, till exempel { \"daysAfterStart\": 3 } (fann {found}); skriv { \"daysAfterStart\": n }, { \"daysAfterCreated\": n }, { \"workingDaysAfterStart\": n }, { \"workingDaysAfterCreated\": n } eller { \"monthsAfterStart\": n }.",
        "a relative date has exactly one property, such as { \"daysAfterStart\": 3 } (found {found}); write { \"daysAfterStart\": n }, { \"daysAfterCreated\": n }, { \"workingDaysAfterStart\": n }, { \"workingDaysAfterCreated\": n } or { \"monthsAfterStart\": n }.");

    public static readonly MessageText RelativeDateUnknownUnit = new(
        ValidationCodes.RelativeDateUnknownUnit,
        "ett relativt datum har ingen enhet '{unit}'; skriv en av {units}.",
        "a relative date has no '{unit}'; write one of {units}.");

    public static readonly MessageText RelativeDateUnknownUnitSuggested = new(
        ValidationCodes.RelativeDateUnknownUnitSuggested,
        "ett relativt datum har ingen enhet '{unit}'; menade du '{suggestion}'? Rätta stavningen.",
        "a relative date has no '{unit}' (did you mean '{suggestion}'?)");

    public static readonly MessageText RelativeDateNotWhole = new(
        ValidationCodes.RelativeDateNotWhole,
        "{unit} ska vara ett helt antal dagar eller månader, negativt för före (fann {found}).",
        "{unit} must be a whole number of days or months, negative for before (found {found}).");

    // The flow's own declarations (FlowValidator): defaults, id lengths, connections.
    public static readonly MessageText DefaultWrongType = new(
        ValidationCodes.DefaultWrongType,
        "standardvärdet för '{name}' passar inte dess typ (fann {found}); skriv ett värde av den typ som \"type\" anger.",
        "the default of {kind} '{name}' must be {expected} (found {found}).");

    public static readonly MessageText IdTooLong = new(
        ValidationCodes.IdTooLong,
        "id:t har {length} tecken; korta det till högst {max}.",
        "the {what} has {length} characters; shorten it to at most {max}.");

    public static readonly MessageText DuplicateConnection = new(
        ValidationCodes.DuplicateConnection,
        "samma koppling som {first} (från '{from}', utfall '{outcome}', till '{to}'); ta bort den ena.",
        "the same connection as {first} (from '{from}', outcome '{outcome}', to '{to}'); remove one.");

    // The core activity types' rules (CoreActivityRules).
    public static readonly MessageText DelayBoth = new(
        ValidationCodes.DelayBoth,
        "Delay '{activity}' ska ha antingen 'duration' eller 'until' men har båda; ta bort den ena.",
        "Delay '{activity}' needs exactly one of 'duration' and 'until' but has both; remove one.");

    public static readonly MessageText DelayNeither = new(
        ValidationCodes.DelayNeither,
        "Delay '{activity}' ska ha antingen 'duration' eller 'until' men har ingen av dem; lägg till \"duration\": \"P3D\" eller \"until\": \"2026-05-01\".",
        "Delay '{activity}' needs exactly one of 'duration' and 'until' but has neither; add \"duration\": \"P3D\" or \"until\": \"2026-05-01\".");

    public static readonly MessageText VariableUndeclared = new(
        ValidationCodes.VariableUndeclared,
        "variabeln '{name}' är inte deklarerad; deklarera den i \"variables\" (deklarerade: {declared}).",
        "variable '{name}' is not declared; declare it in \"variables\" (declared: {declared}).");

    public static readonly MessageText VariableUndeclaredNone = new(
        ValidationCodes.VariableUndeclaredNone,
        "variabeln '{name}' är inte deklarerad; deklarera den i \"variables\" (flödet har inga variabler än).",
        "variable '{name}' is not declared; declare it in \"variables\" (the flow declares none yet).");

    public static readonly MessageText VariableUndeclaredSuggested = new(
        ValidationCodes.VariableUndeclaredSuggested,
        "variabeln '{name}' är inte deklarerad; menade du '{suggestion}'? Rätta namnet eller deklarera variabeln i \"variables\".",
        "variable '{name}' is not declared (did you mean '{suggestion}'?)");

    public static readonly MessageText VariableValueType = new(
        ValidationCodes.VariableValueType,
        "variabeln '{name}' är av typen {type}, så värdet måste vara av den typen (fann {found}); skriv ett värde av typen {type}.",
        "variable '{name}' is a {type}, so the value must be {expected} (found {found}).");

    public static readonly MessageText SwitchCaseNotObject = new(
        ValidationCodes.SwitchCaseNotObject,
        "varje fall ska vara ett objekt (fann {found}); skriv fallet som { \"name\": \"…\", \"condition\": { \"js\": \"…\" } }.",
        "expected an object but found {found}; write each case as { \"name\": \"…\", \"condition\": { \"js\": \"…\" } }.");

    public static readonly MessageText SwitchCaseNoName = new(
        ValidationCodes.SwitchCaseNoName,
        "fallet saknar namn; lägg till \"name\" (det är utfallet som kopplingarna utgår från).",
        "the case has no name; add \"name\" (it is the outcome its connections start from).");

    public static readonly MessageText SwitchCaseNamedDefault = new(
        ValidationCodes.SwitchCaseNamedDefault,
        "namnet 'Default' är Switch-aktivitetens eget utfall när inget fall stämmer; välj ett annat namn.",
        "the case name 'Default' is the Switch's own outcome when no case matches; choose another name.");

    public static readonly MessageText SwitchCaseDuplicate = new(
        ValidationCodes.SwitchCaseDuplicate,
        "fallet '{name}' finns redan ({first}); ge varje fall ett eget namn.",
        "duplicate case name '{name}' (also {first}); give each case its own name.");

    public static readonly MessageText SwitchCaseNoCondition = new(
        ValidationCodes.SwitchCaseNoCondition,
        "fallet saknar villkor; lägg till \"condition\": { \"js\": \"…\" }.",
        "the case has no condition; add \"condition\": { \"js\": \"…\" }.");

    public static readonly MessageText SwitchConditionType = new(
        ValidationCodes.SwitchConditionType,
        "villkoret ska vara true, false eller { \"js\": \"…\" } (fann {found}).",
        "the condition must be true, false or { \"js\": \"…\" } (found {found}).");

    // The lab activities' input kinds (LabInputRules, AssigneeSpec, StepReaders, StepQuorum).
    public static readonly MessageText UnknownRole = new(
        "activity.unknown_role",
        "okänd roll '{role}'; skriv en av rollerna {roles}.",
        "unknown role '{role}'; roles are {roles}.");

    public static readonly MessageText UnknownRoleSuggested = new(
        "activity.unknown_role_suggested",
        "okänd roll '{role}' (menade du '{suggestion}'?); skriv en av rollerna {roles}.",
        "unknown role '{role}' (did you mean '{suggestion}'?); roles are {roles}.");

    public static readonly MessageText AssigneeEach = new(
        "activity.assignee_each",
        "'each' ska vara true eller false, utan citattecken.",
        "'each' must be true or false.");

    public static readonly MessageText AssigneeShape = new(
        "activity.assignee_shape",
        "en ansvarig skrivs { \"role\": \"Coordinator\" }, { \"role\": \"Participant\", \"each\": true } eller { \"person\": \"<person-id eller e-postadress>\" } (fann {found}).",
        "an assignee must be { \"role\": \"Coordinator\" }, { \"role\": \"Participant\", \"each\": true } or { \"person\": \"<person id or email>\" } (found {found}).");

    public static readonly MessageText AssigneeListNotList = new(
        "activity.assignee_list_not_list",
        "ska vara en lista med ansvariga, till exempel [{ \"role\": \"Coordinator\" }] (fann {found}).",
        "must be a list of assignees, such as [{ \"role\": \"Coordinator\" }] (found {found}).");

    public static readonly MessageText RoleListNotList = new(
        "activity.role_list_not_list",
        "ska vara en lista med roller, till exempel [\"Sponsor\", \"HR\"] (fann {found}).",
        "must be a list of roles such as [\"Sponsor\", \"HR\"] (found {found}).");

    public static readonly MessageText ReminderDays = new(
        "activity.reminder_days",
        "påminnelser anges som hela dagar före förfallodagen, till exempel [7, 2], eller [] för inga (fann {found}).",
        "reminders must be whole days before the due date, such as [7, 2], or [] for none (found {found}).");

    public static readonly MessageText EscalationNotObject = new(
        "activity.escalation_not_object",
        "eskaleringen ska vara ett objekt, till exempel { \"overdueDays\": 7, \"notify\": \"Facilitator\", \"reassignTo\": null }.",
        "escalation must be an object such as { \"overdueDays\": 7, \"notify\": \"Facilitator\", \"reassignTo\": null }.");

    public static readonly MessageText EscalationOverdueDays = new(
        "activity.escalation_overdue_days",
        "overdueDays ska vara ett helt antal dagar, 0 eller fler (fann {found}).",
        "overdueDays must be a whole number of days, 0 or more (found {found}).");

    public static readonly MessageText EscalationUnknownKey = new(
        "activity.escalation_unknown_key",
        "eskaleringen har ingen egenskap '{key}'; ta bort den (eskaleringen tar overdueDays, notify och reassignTo).",
        "escalation has no '{key}'; it takes overdueDays, notify and reassignTo.");

    public static readonly MessageText ActionsNotList = new(
        "activity.actions_not_list",
        "knapparna ska vara en lista, till exempel [{ \"name\": \"approve\", \"label\": { \"sv\": \"Godkänn\", \"en\": \"Approve\" } }].",
        "actions must be a list such as [{ \"name\": \"approve\", \"label\": { \"sv\": \"Godkänn\", \"en\": \"Approve\" } }].");

    public static readonly MessageText ActionNoName = new(
        "activity.action_no_name",
        "en knapp behöver \"name\" (utfallet) och \"label\"; lägg till dem.",
        "an action needs a \"name\" (the outcome) and a \"label\".");

    public static readonly MessageText ActionDuplicate = new(
        "activity.action_duplicate",
        "knappen '{name}' finns två gånger; varje knappnamn är ett utfall och måste vara unikt, så byt namn på den ena.",
        "action '{name}' is listed twice; each action name is an outcome and must be unique.");

    public static readonly MessageText TimeOfDay = new(
        "activity.time_of_day",
        "ska vara en tid på dagen, till exempel \"13:00\" (fann {found}).",
        "must be a time of day such as \"13:00\" (found {found}).");

    public static readonly MessageText PositiveCount = new(
        "activity.positive_count",
        "ska vara ett heltal, minst 1 (fann {found}).",
        "must be a whole number of at least 1 (found {found}).");

    public static readonly MessageText ReadersNotList = new(
        "activity.readers_not_list",
        "läsarna ska vara en lista med labbroller och \"doers\", till exempel [\"HR\", \"Sponsor\", \"Facilitator\", \"doers\"] (fann {found}).",
        "readers must be a list of lab roles and \"doers\", such as [\"HR\", \"Sponsor\", \"Facilitator\", \"doers\"] (found {found}).");

    public static readonly MessageText UnknownReader = new(
        "activity.unknown_reader",
        "okänd läsare {reader}; skriv en labbroll ({roles}) eller \"doers\".",
        "unknown reader {reader}; write a lab role ({roles}) or \"doers\".");

    public static readonly MessageText UnknownReaderSuggested = new(
        "activity.unknown_reader_suggested",
        "okänd läsare {reader} (menade du '{suggestion}'?); skriv en labbroll ({roles}) eller \"doers\".",
        "unknown reader {reader} (did you mean '{suggestion}'?); write a lab role ({roles}) or \"doers\".");

    public static readonly MessageText QuorumInvalid = new(
        "activity.quorum_invalid",
        "beslutförheten ska vara ett helt antal uppgifter, till exempel 3, eller en andel mellan 0 och 1, till exempel 0.6 (fann {found}).",
        "quorum must be a whole number of tasks such as 3, or a share between 0 and 1 such as 0.6 (found {found}).");

    public static readonly MessageText QuorumNeedsEach = new(
        "activity.quorum_needs_each",
        "beslutförhet gäller bara ett steg med en uppgift per deltagare; lägg till \"each\": true hos den ansvariga eller ta bort \"quorum\".",
        "quorum applies only to a step with one task per participant; add \"each\": true to the assignee or remove the quorum.");

    public static readonly MessageText PersonalDataFirst = new(
        "activity.personal_data_first",
        "steget '{activity}' samlar in personuppgifter (ett fält med \"personal\": true) men inget steg före det har förvalet \"{preset}\"; lägg till ett dataskyddssteg före det (vad som samlas in, varför, vem som läser det och hur länge det sparas).",
        "step '{activity}' collects personal data (a field marked \"personal\": true) but no step before it has the \"{preset}\" preset; add a data-protection step before it (what is collected, why, who reads it, how long it is kept).");

    public static readonly MessageText SourceNotCollectIdeas = new(
        "activity.source_not_collect_ideas",
        "källan '{source}' ska vara id:t för en CollectIdeas-aktivitet ({ideas}); välj en av dem.",
        "source '{source}' must be the id of a CollectIdeas activity ({ideas}).");

    public static readonly MessageText SourceNoCollectIdeas = new(
        "activity.source_no_collect_ideas",
        "källan '{source}' ska vara id:t för en CollectIdeas-aktivitet, men flödet har ingen; lägg först till ett steg som samlar idéer.",
        "source '{source}' must be the id of a CollectIdeas activity, and the flow has none; add a CollectIdeas step first.");

    // The form a step collects (FormDefinitionParser); paths are relative to the form.
    public static readonly MessageText FormNotList = new(
        "form_definition.not_list",
        "formuläret ska vara en lista med fält (fann {found}); skriv det som [ { \"key\": \"notes\", \"type\": \"LongText\", \"label\": \"Anteckningar\" } ].",
        "expected an array of fields but found {found}; write the form as [ { \"key\": \"notes\", \"type\": \"LongText\", \"label\": \"Anteckningar\" } ].");

    public static readonly MessageText FormDuplicateKey = new(
        "form_definition.duplicate_key",
        "nyckeln '{key}' används redan av fältet {first}; ge varje fält en egen nyckel.",
        "the key '{key}' is already used by field {first}; give each field its own key.");

    public static readonly MessageText FormFieldNotObject = new(
        "form_definition.field_not_object",
        "ett fält ska vara ett objekt (fann {found}); skriv det som { \"key\": \"notes\", \"type\": \"LongText\", \"label\": \"Anteckningar\" }.",
        "expected a field object but found {found}; write it as { \"key\": \"notes\", \"type\": \"LongText\", \"label\": \"Anteckningar\" }.");

    public static readonly MessageText FormNoLabel = new(
        "form_definition.no_label",
        "fältet saknar etikett; lägg till \"label\": { \"sv\": \"…\", \"en\": \"…\" }.",
        "the field has no label; add \"label\": { \"sv\": \"…\", \"en\": \"…\" }.");

    public static readonly MessageText FormTypeAndPreset = new(
        "form_definition.type_and_preset",
        "ett fält har antingen en typ eller ett förval, inte båda; ta bort \"type\" (förvalet bestämmer typen).",
        "a field has either a type or a preset, not both; remove \"type\" (the preset decides it).");

    public static readonly MessageText FormPresetExtraKey = new(
        "form_definition.preset_extra_key",
        "'{name}' kan inte anges tillsammans med ett förval; ta bort den (ett förvalsfält tar {allowed}).",
        "'{name}' cannot be given with a preset; remove it (a preset field takes {allowed}).");

    public static readonly MessageText FormPresetNotName = new(
        "form_definition.preset_not_name",
        "förvalet ska vara ett namn (fann {found}); använd ett av {presets}.",
        "expected a preset name but found {found}; use one of {presets}.");

    public static readonly MessageText FormUnknownPreset = new(
        "form_definition.unknown_preset",
        "okänt förval '{preset}'; använd ett av {presets}.",
        "unknown preset '{preset}'; use one of {presets}.");

    public static readonly MessageText FormUnknownPresetSuggested = new(
        "form_definition.unknown_preset_suggested",
        "okänt förval '{preset}' (menade du '{suggestion}'?); använd ett av {presets}.",
        "unknown preset '{preset}' (did you mean '{suggestion}'?); use one of {presets}.");

    public static readonly MessageText FormNoKey = new(
        "form_definition.no_key",
        "fältet saknar nyckel; lägg till \"key\": \"…\" (namnet som svaret sparas under, till exempel \"interviews\").",
        "the field has no key; add \"key\": \"…\" (the name its answer is stored under, such as \"interviews\").");

    public static readonly MessageText FormNotString = new(
        "form_definition.not_string",
        "värdet ska vara en sträng (fann {found}); skriv det inom dubbla citattecken.",
        "expected a string but found {found}; write the value in double quotes.");

    public static readonly MessageText FormKeyInvalid = new(
        "form_definition.key_invalid",
        "'{key}' är ingen giltig nyckel; börja med en bokstav och använd bara bokstäver, siffror och _ (till exempel \"targetGroup\"), så att senare steg kan läsa den som tasks.<steg>.<nyckel>.",
        "'{key}' is not a valid key; start with a letter and use only letters, digits and _ (such as \"targetGroup\"), so later steps can read it as tasks.<step>.<key>.");

    public static readonly MessageText FormNoType = new(
        "form_definition.no_type",
        "fältet saknar typ; lägg till \"type\" med en av {types}, eller ange ett \"preset\".",
        "the field has no type; add \"type\" with one of {types}, or name a \"preset\".");

    public static readonly MessageText FormTypeNotName = new(
        "form_definition.type_not_name",
        "fälttypen ska vara ett namn (fann {found}); använd en av {types}.",
        "expected a field type but found {found}; use one of {types}.");

    public static readonly MessageText FormUnknownType = new(
        "form_definition.unknown_type",
        "okänd fälttyp '{type}'; använd en av {types}.",
        "unknown field type '{type}'; use one of {types}.");

    public static readonly MessageText FormUnknownTypeSuggested = new(
        "form_definition.unknown_type_suggested",
        "okänd fälttyp '{type}' (menade du '{suggestion}'?); använd en av {types}.",
        "unknown field type '{type}' (did you mean '{suggestion}'?); use one of {types}.");

    public static readonly MessageText FormKeyNotApplicable = new(
        "form_definition.key_not_applicable",
        "'{name}' gäller inte ett fält av typen {type}; ta bort den.",
        "'{name}' does not apply to a {type} field; remove it.");

    public static readonly MessageText FormUnknownKey = new(
        "form_definition.unknown_key",
        "okänd egenskap '{name}' i fältet; ta bort den (fältet tar {allowed}).",
        "unknown key '{name}'; this field takes {allowed}.");

    public static readonly MessageText FormUnknownKeySuggested = new(
        "form_definition.unknown_key_suggested",
        "okänd egenskap '{name}' i fältet (menade du '{suggestion}'?); fältet tar {allowed}.",
        "unknown key '{name}' (did you mean '{suggestion}'?); this field takes {allowed}.");

    public static readonly MessageText FormNotBoolean = new(
        "form_definition.not_boolean",
        "värdet ska vara true eller false (fann {found}); skriv true eller false utan citattecken.",
        "expected true or false but found {found}; write true or false without quotes.");

    public static readonly MessageText FormTextInvalid = new(
        "form_definition.text_invalid",
        "texten ska vara en sträng eller { \"sv\": \"…\", \"en\": \"…\" } (fann {found}).",
        "expected a text: a string, or { \"sv\": \"…\", \"en\": \"…\" } but found {found}.");

    public static readonly MessageText FormTextNoCultures = new(
        "form_definition.text_no_cultures",
        "texten har inga språk; skriv en sträng, eller lägg till åtminstone \"sv\": \"…\".",
        "the text has no cultures; write a string, or add at least \"sv\": \"…\".");

    public static readonly MessageText FormCountInvalid = new(
        "form_definition.count_invalid",
        "värdet ska vara ett heltal, {minimum} eller mer (fann {found}); skriv det utan citattecken, till exempel {example}.",
        "expected a whole number of {minimum} or more but found {found}; write it without quotes, such as {example}.");

    public static readonly MessageText FormNumberInvalid = new(
        "form_definition.number_invalid",
        "värdet ska vara ett tal (fann {found}); skriv talet utan citattecken.",
        "expected a number but found {found}; write the number without quotes.");

    public static readonly MessageText FormRangeReversed = new(
        "form_definition.range_reversed",
        "{upper} ({max}) är mindre än {lower} ({min}); gör {upper} minst {min}.",
        "{upper} ({max}) is less than {lower} ({min}); make {upper} at least {min}.");

    public static readonly MessageText FormMinSelectedTooMany = new(
        "form_definition.min_selected_too_many",
        "minSelected ({minSelected}) är fler än de {count} alternativen; sänk det till {count} eller lägg till alternativ.",
        "minSelected ({minSelected}) is more than the {count} options; lower it to {count} or add options.");

    // English names the entry ({noun}: option or item); Swedish names the property ({property}: options or items).
    public static readonly MessageText FormOptionsMissing = new(
        "form_definition.options_missing",
        "ett fält av typen {type} behöver minst ett alternativ i \"{property}\"; lägg till \"{property}\": [{ \"value\": \"yes\", \"label\": { \"sv\": \"Ja\", \"en\": \"Yes\" } }].",
        "a {type} field needs at least one {noun}; add \"{property}\": [{ \"value\": \"yes\", \"label\": { \"sv\": \"Ja\", \"en\": \"Yes\" } }].");

    public static readonly MessageText FormOptionsNotList = new(
        "form_definition.options_not_list",
        "\"{property}\" ska vara en lista (fann {found}); skriv \"{property}\": [{ \"value\": \"yes\", \"label\": { \"sv\": \"Ja\", \"en\": \"Yes\" } }].",
        "expected an array of {noun}s but found {found}; write \"{property}\": [{ \"value\": \"yes\", \"label\": { \"sv\": \"Ja\", \"en\": \"Yes\" } }].");

    public static readonly MessageText FormOptionNotObject = new(
        "form_definition.option_not_object",
        "varje alternativ ska vara ett objekt (fann {found}); skriv det som { \"value\": \"{shown}\", \"label\": \"{shown}\" }.",
        "expected an {noun} object but found {found}; write it as { \"value\": \"{shown}\", \"label\": \"{shown}\" }.");

    public static readonly MessageText FormOptionUnknownKey = new(
        "form_definition.option_unknown_key",
        "okänd egenskap '{name}' i alternativet; ta bort den (ett alternativ tar bara value och label).",
        "unknown key '{name}'; an {noun} takes value and label.");

    public static readonly MessageText FormOptionNoValue = new(
        "form_definition.option_no_value",
        "alternativet saknar värde; lägg till \"value\": \"…\" (ett kort, stabilt namn som sparas i svaren, till exempel \"yes\").",
        "the {noun} has no value; add \"value\": \"…\" (a short stable name stored in the answers, such as \"yes\").");

    public static readonly MessageText FormOptionDuplicateValue = new(
        "form_definition.option_duplicate_value",
        "värdet '{value}' används redan av {first}; ge varje alternativ ett eget värde.",
        "the value '{value}' is already used by {noun} {first}; give each {noun} its own value.");

    public static readonly MessageText FormRoleNotName = new(
        "form_definition.role_not_name",
        "rollen ska vara ett rollnamn (fann {found}); använd en av {roles}.",
        "expected a role name but found {found}; use one of {roles}.");

    public static readonly MessageText FormGroupNoFields = new(
        "form_definition.group_no_fields",
        "ett Group-fält behöver fälten för en rad; lägg till \"fields\": [{ \"key\": \"name\", \"type\": \"Text\", \"label\": \"Namn\" }].",
        "a Group field needs the fields of one row; add \"fields\": [{ \"key\": \"name\", \"type\": \"Text\", \"label\": \"Namn\" }].");

    public static readonly MessageText FormGroupFieldsNotList = new(
        "form_definition.group_fields_not_list",
        "\"fields\" ska vara en lista med fält (fann {found}); skriv \"fields\": [{ \"key\": \"name\", \"type\": \"Text\", \"label\": \"Namn\" }].",
        "expected an array of fields but found {found}; write \"fields\": [{ \"key\": \"name\", \"type\": \"Text\", \"label\": \"Namn\" }].");

    /// <summary>An input rule's issue at <paramref name="path"/> (relative to the value or the activity) with this text's code and arguments.</summary>
    public static ActivityValidationIssue Issue(this MessageText text, string path, params (string Name, object? Value)[] arguments)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Issue(path, text.With(arguments));
    }

    /// <summary>An input rule's issue at <paramref name="path"/> carrying <paramref name="message"/>'s code and arguments.</summary>
    public static ActivityValidationIssue Issue(string path, CodedMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new(path, message.English) { Code = message.Code, Arguments = message.Arguments };
    }
}
