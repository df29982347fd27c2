namespace LabFlow.Activities.Messages;

/// <summary>The refusals of people administration (<see cref="Organisation.PeopleService"/>).</summary>
public static class PeopleMessages
{
    public static readonly MessageText AdminOnly = new(
        "people.admin_only",
        "Bara en administratör får administrera personer; be en administratör göra ändringen.",
        "Only an administrator may administer people; ask an administrator to make the change.");

    public static readonly MessageText NotFound = new(
        "people.not_found",
        "Person {personId} hittades inte. Personerna listas på /api/v1/people.",
        "Person {personId} was not found. List people at /api/v1/people.");

    public static readonly MessageText EmailNotRefused = new(
        "people.email_not_refused",
        "E-postservern har inte nekat någon e-post till {name} som väntar: den har redan skickats igen (kanske av en annan administratör) eller gått fram.",
        "No email to {name} is waiting after a refusal by the mail server: it has already been sent again (perhaps by another administrator) or has gone through.");

    public static readonly MessageText NoSuchMembership = new(
        "people.no_such_membership",
        "Person {personId} har inte rollen {role} i '{administration}'.",
        "Person {personId} has no role {role} in '{administration}'.");

    public static readonly MessageText OrganisationRoleOnly = new(
        "people.organisation_role_only",
        "'{role}' kan inte ges för hela organisationen; bara {admin} och {designer} kan det. Ge andra roller som medlemskap.",
        "'{role}' cannot be given organisation-wide; only {admin} and {designer} can. Give other roles as memberships.");

    public static readonly MessageText UnknownLanguage = new(
        "people.unknown_language",
        "Okänt språk '{culture}'; välj svenska (\"sv\") eller engelska (\"en\").",
        "Unknown language '{culture}'; use \"sv\" or \"en\".");

    public static readonly MessageText EmailInvalid = new(
        "people.email_invalid",
        "Skriv e-postadressen som namn@exempel.se.",
        "'{email}' is not an email address; write it as name@example.se.");

    public static readonly MessageText EmailTaken = new(
        "people.email_taken",
        "Någon i LabFlow har redan e-postadressen {email}.",
        "Someone in LabFlow already has the email address '{email}'.");

    public static readonly MessageText SuccessorUnknown = new(
        "people.successor_unknown",
        "Person {personId} finns inte i katalogen; ange en aktiv person som tar över de öppna uppgifterna.",
        "Person {personId} is not in the directory; name an active person to take over the open tasks.");

    public static readonly MessageText SuccessorSelf = new(
        "people.successor_self",
        "{name} kan inte ta över sina egna öppna uppgifter; ange en annan aktiv person.",
        "{name} cannot take over the open tasks of themselves; name another active person.");

    public static readonly MessageText SuccessorInactive = new(
        "people.successor_inactive",
        "{name} kan inte ta över de öppna uppgifterna eftersom personen inte längre är aktiv; ange en annan aktiv person.",
        "{name} cannot take over the open tasks because they are no longer active; name another active person.");

    public static readonly MessageText SuccessorRequired = new(
        "people.successor_required",
        "{name} har {count} öppna uppgifter; ange den aktiva person som tar över dem.",
        "{name} has {count} open task(s); name the active person who takes them over.");

    public static readonly MessageText ReassignNotPermitted = new(
        "people.reassign_not_permitted",
        "{notPermitted} av {name}s öppna uppgifter finns i labb som du inte kan hantera; {moved} flyttades, och {name} är fortfarande aktiv.",
        "{notPermitted} of {name}'s open tasks are in labs you cannot manage; {moved} moved, and {name} stays active.");

    public static readonly MessageText AdministrationUnknown = new(
        "people.administration_unknown",
        "Förvaltningen '{administration}' finns inte; välj en från /api/v1/administrations.",
        "Administration '{administration}' does not exist; choose one from /api/v1/administrations.");

    public static readonly MessageText UnknownRole = new(
        "people.unknown_role",
        "Okänd roll '{role}'; rollerna är {roles}.",
        "Unknown role '{role}'; roles are {roles}.");

    public static readonly MessageText NameRequired = new("people.name_required", "Skriv personens namn.", "Give the person's name.");

    public static readonly MessageText NameTooLong = new(
        "people.name_too_long",
        "Namnet får vara högst {max} tecken.",
        "Shorten the person's name to at most {max} characters (it has {length}).");

    public static readonly MessageText EmailRequired = new("people.email_required", "Skriv personens e-postadress.", "Give the person's email address.");

    public static readonly MessageText EmailTooLong = new(
        "people.email_too_long",
        "E-postadressen får vara högst {max} tecken.",
        "Shorten the person's email address to at most {max} characters (it has {length}).");

    public static readonly MessageText AccountRefused = new(
        "people.account_refused",
        "Inloggningskontot godtog inte e-postadressen: {reasons}",
        "The sign-in account refused the email address: {reasons}");

    public static readonly MessageText NobodyToInvite = new(
        "people.nobody_to_invite",
        "Det finns ingen att bjuda in: skriv en e-postadress per rad, eller välj en CSV-fil med kolumnerna namn, e-post, förvaltning, roll.",
        "There is nobody to invite: give one email per line, or a CSV file with the columns name, email, administration, role.");

    public static readonly MessageText TooManyInvitations = new(
        "people.too_many_invitations",
        "Det är {rows} rader; bjud in högst {max} åt gången och dela upp resten i en fil till.",
        "There are {rows} rows; invite at most {max} at a time and split the rest into another file.");

    public static readonly MessageText InvitationEmailMissing = new(
        "people.invitation_email_missing",
        "Rad {line}: e-postadressen saknas; skriv personens e-postadress i kolumnen för e-post.",
        "Line {line}: the email is missing; write the person's email address in the email column.");

    public static readonly MessageText InvitationAdministrationUnknown = new(
        "people.invitation_administration_unknown",
        "Rad {line}: förvaltningen '{administration}' finns inte; skriv dess namn eller id som LabFlow har det ({known}).",
        "Line {line}: administration '{administration}' does not exist; write its name or id as LabFlow has it ({known}).");

    public static readonly MessageText InvitationRoleUnknown = new(
        "people.invitation_role_unknown",
        "Rad {line}: rollen '{role}' kan inte ges i en förvaltning; skriv en av {known}.",
        "Line {line}: role '{role}' cannot be given in an administration; write one of {known}.");

    public static readonly MessageText InvitationRowRefused = new(
        "people.invitation_row_refused",
        "Rad {line}: {problem}",
        "Line {line}: {problem}");
}
