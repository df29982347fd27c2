using LabFlow.Activities.Email;
using LabFlow.Activities.Organisation;
using LabFlow.Host.Components.Shared;

namespace LabFlow.Host.Components.Pages.Admin;

/// <summary>The texts of the administration pages (people, invitations, memberships, deactivation) in Swedish and English.</summary>
internal static class AdminTexts
{
    public static string Administration => UiText.Pick("Administration", "Administration");

    public static string PeopleTitle => UiText.Pick("Personer", "People");

    public static string PeopleIntro => UiText.Pick(
        "Alla som kan logga in i LabFlow, med sina roller i förvaltningarna.",
        "Everyone who can sign in to LabFlow, with their roles in the administrations.");

    public static string Filter => UiText.Pick("Filtrera", "Filter");

    public static string Search => UiText.Pick("Sök på namn eller e-post", "Search by name or email");

    public static string AdministrationLabel => UiText.Pick("Förvaltning", "Administration");

    public static string AllAdministrations => UiText.Pick("Alla förvaltningar", "All administrations");

    public static string RoleLabel => UiText.Pick("Roll", "Role");

    public static string AllRoles => UiText.Pick("Alla roller", "All roles");

    public static string StatusLabel => UiText.Pick("Status", "Status");

    public static string ActivePeople => UiText.Pick("Aktiva", "Active");

    public static string DeactivatedPeople => UiText.Pick("Avaktiverade", "Deactivated");

    public static string EveryPerson => UiText.Pick("Alla", "Everyone");

    public static string ShowPeople => UiText.Pick("Visa", "Show");

    public static string InvitePerson => UiText.Pick("Bjud in en person", "Invite a person");

    public static string NoPeople => UiText.Pick("Ingen person matchar filtret.", "Nobody matches the filter.");

    public static string PeopleCount(int count) => UiText.Pick($"{count} personer", count == 1 ? "1 person" : $"{count} people");

    public static string Name => UiText.Pick("Namn", "Name");

    public static string Email => UiText.Pick("E-post", "Email");

    public static string Language => UiText.Pick("Språk", "Language");

    public static string Swedish => UiText.Pick("Svenska", "Swedish");

    public static string English => UiText.Pick("Engelska", "English");

    public static string LanguageName(string culture) => culture == UiText.English ? English : Swedish;

    public static string Roles => UiText.Pick("Roller", "Roles");

    public static string Status => UiText.Pick("Status", "Status");

    public static string Active => UiText.Pick("Aktiv", "Active");

    public static string Deactivated => UiText.Pick("Avaktiverad", "Deactivated");

    public static string NoRoles => UiText.Pick("Inga roller", "No roles");

    public static string RoleName(Role role) => role switch
    {
        Role.Admin => UiText.Pick("Administratör", "Administrator"),
        Role.Designer => UiText.Pick("Projektteam (flödesdesigner)", "Project team (flow designer)"),
        Role.Facilitator => UiText.Pick("Processledare", "Facilitator"),
        Role.Coordinator => UiText.Pick("Samordnare", "Coordinator"),
        Role.Communicator => UiText.Pick("Kommunikatör", "Communicator"),
        Role.HR => UiText.Pick("HR-expert", "HR expert"),
        Role.Sponsor => UiText.Pick("Uppdragsgivare (förvaltningsledning)", "Sponsor (management)"),
        Role.Participant => UiText.Pick("Deltagare", "Participant"),
        Role.ProjectLead => UiText.Pick("Projektledare", "Project lead"),
        Role.TrainingCoordinator => UiText.Pick("Utbildningssamordnare", "Training coordinator"),
        Role.ProjectCommunicator => UiText.Pick("Kommunikatör (projekt)", "Communicator (project)"),
        Role.EconomistAdministrator => UiText.Pick("Ekonom/administratör", "Economist/administrator"),
        Role.ProjectHR => UiText.Pick("HR-expert (projekt)", "HR expert (project)"),
        _ => role.ToString(),
    };

    public static string MembershipText(string administrationName, Role role) => $"{RoleName(role)}, {administrationName}";

    public static string ChooseAdministration => UiText.Pick("Välj förvaltning", "Choose an administration");

    public static string ChooseRole => UiText.Pick("Välj roll", "Choose a role");

    // Invitation
    public static string InviteTitle => UiText.Pick("Bjud in en person", "Invite a person");

    public static string InviteIntro => UiText.Pick(
        "Personen får ett mejl med en länk där hen väljer sitt lösenord. Länken fungerar en gång.",
        "The person gets an email with a link to choose their password. The link works once.");

    public static string LanguageHint => UiText.Pick("Språket för personens mejl och sidor.", "The language of the person's emails and pages.");

    public static string Memberships => UiText.Pick("Roller i förvaltningar", "Roles in administrations");

    public static string MembershipRow(int number) => UiText.Pick($"Roll {number}", $"Role {number}");

    public static string AddMembershipRow => UiText.Pick("Lägg till en roll", "Add a role");

    public static string RemoveMembershipRow(int number) => UiText.Pick($"Ta bort roll {number}", $"Remove role {number}");

    public static string OrganisationRoles => UiText.Pick("Roller i hela organisationen", "Organisation-wide roles");

    public static string OrganisationAdmin => UiText.Pick("Administratör (hanterar personer och roller)", "Administrator (manages people and roles)");

    public static string OrganisationDesigner => UiText.Pick("Projektteam (designar och publicerar flöden)", "Project team (designs and publishes flows)");

    public static string SendInvitation => UiText.Pick("Skicka inbjudan", "Send the invitation");

    public static string Cancel => UiText.Pick("Avbryt", "Cancel");

    public static string BackToPeople => UiText.Pick("Tillbaka till Personer", "Back to People");

    public static string Invited(string name, string email) => UiText.Pick(
        $"{name} är inbjuden. Ett mejl med en länk för att välja lösenord har skickats till {email}.",
        $"{name} is invited. An email with a link to choose a password has been sent to {email}.");

    // Person page
    public static string PersonNotFound => UiText.Pick("Personen finns inte", "The person does not exist");

    public static string PersonNotFoundText => UiText.Pick(
        "Personen finns inte i LabFlow. Välj en person i listan.",
        "The person is not in LabFlow. Choose a person from the list.");

    public static string Details => UiText.Pick("Uppgifter om personen", "The person's details");

    public static string SaveDetails => UiText.Pick("Spara uppgifterna", "Save the details");

    public static string DetailsSaved => UiText.Pick("Uppgifterna är sparade.", "The details are saved.");

    public static string AddMembership => UiText.Pick("Ge en roll", "Give a role");

    public static string RemoveMembership => UiText.Pick("Ta bort", "Remove");

    public static string RemoveMembershipLabel(string membership) => UiText.Pick($"Ta bort rollen {membership}", $"Remove the role {membership}");

    public static string MembershipAdded(string membership) => UiText.Pick($"Rollen {membership} är tillagd.", $"The role {membership} is added.");

    public static string MembershipRemoved(string membership) => UiText.Pick($"Rollen {membership} är borttagen.", $"The role {membership} is removed.");

    public static string DeactivateTitle => UiText.Pick("Avaktivera", "Deactivate");

    public static string DeactivateIntro(string name) => UiText.Pick(
        $"{name} kan inte längre logga in och får inga nya uppgifter. Historiken finns kvar.",
        $"{name} can no longer sign in and gets no new tasks. Their history stays.");

    public static string OpenTasks(string name, int count) => count switch
    {
        0 => UiText.Pick($"{name} har inga öppna uppgifter.", $"{name} has no open tasks."),
        1 => UiText.Pick($"{name} har 1 öppen uppgift. Den flyttas till den du väljer.", $"{name} has 1 open task. It moves to the person you choose."),
        _ => UiText.Pick($"{name} har {count} öppna uppgifter. De flyttas till den du väljer.", $"{name} has {count} open tasks. They move to the person you choose."),
    };

    public static string Successor => UiText.Pick("Vem tar över de öppna uppgifterna?", "Who takes over the open tasks?");

    public static string DeactivateNote => UiText.Pick("Anteckning till uppgifternas historik (valfri)", "Note for the tasks' history (optional)");

    public static string Deactivate => UiText.Pick("Avaktivera …", "Deactivate …");

    public static string ConfirmDeactivate(string name, int count, string? successor) => count > 0 && successor is not null
        ? UiText.Pick(
            $"Vill du avaktivera {name}? {Tasks(count)} flyttas till {successor}.",
            $"Do you want to deactivate {name}? {Tasks(count)} move to {successor}.")
        : UiText.Pick($"Vill du avaktivera {name}?", $"Do you want to deactivate {name}?");

    public static string YesDeactivate => UiText.Pick("Ja, avaktivera", "Yes, deactivate");

    public static string DeactivatedNotice(string name, int moved, string? successor) => moved > 0 && successor is not null
        ? UiText.Pick(
            $"{name} är avaktiverad. {Tasks(moved)} flyttades till {successor}.",
            $"{name} is deactivated. {Tasks(moved)} moved to {successor}.")
        : UiText.Pick($"{name} är avaktiverad.", $"{name} is deactivated.");

    public static string ReactivateTitle => UiText.Pick("Återaktivera", "Reactivate");

    public static string ReactivateIntro(string name) => UiText.Pick(
        $"{name} är avaktiverad och kan inte logga in.",
        $"{name} is deactivated and cannot sign in.");

    public static string Reactivate => UiText.Pick("Återaktivera", "Reactivate");

    public static string Reactivated(string name) => UiText.Pick($"{name} är aktiv igen.", $"{name} is active again.");

    public static string InvitationNote => UiText.Pick(
        "En ny inbjudan kan inte skickas till någon som redan har ett konto. Personen kan använda ”Glömt lösenord” på inloggningssidan.",
        "A new invitation cannot be sent to someone who already has an account. The person can use \"Forgot password\" on the sign-in page.");

    public static string CannotReceiveEmail => UiText.Pick("Kan inte ta emot e-post", "Cannot receive email");

    public static string CannotReceiveEmailText(string email) => UiText.Pick(
        $"Ingen e-post kan skickas till {email}: adressen är inte giltig. Påminnelser och uppgifter till personen väntar. Rätta adressen nedan, så skickas de till den nya adressen.",
        $"No email can be sent to {email}: the address is not valid. Reminders and tasks for this person are waiting. Correct the address below and they go to the new address.");

    /// <summary>The people list's note by an address the mail server refused: when.</summary>
    public static string EmailRefusedOn(EmailRefusal refusal) => UiText.Pick(
        $"E-postservern nekade adressen {UiText.DateTime(refusal.RefusedAt)}",
        $"The mail server refused the address on {UiText.DateTime(refusal.RefusedAt)}");

    /// <summary>The person page's warning for an address the mail server refused: when, why, and what to do. Never the email's contents.</summary>
    public static string EmailRefusedText(EmailRefusal refusal) => UiText.Pick(
        $"E-postservern tog inte emot e-post till {refusal.Address} den {UiText.DateTime(refusal.RefusedAt)}: {RefusalReason(refusal.Reason)}. Påminnelser och uppgifter till personen skickas inte. Rätta adressen nedan, så skickas de till den nya adressen. Är adressen rätt, till exempel för att brevlådan har skapats sedan dess, välj Skicka igen.",
        $"The mail server refused email to {refusal.Address} on {UiText.DateTime(refusal.RefusedAt)}: {RefusalReason(refusal.Reason)}. Reminders and tasks for this person are not sent. Correct the address below and they go to the new address. If the address is right, for instance because the mailbox has been created since, choose Send again.");

    public static string SendAgain => UiText.Pick("Skicka igen", "Send again");

    public static string RefusedEmailsSentAgain(string email) => UiText.Pick(
        $"E-posten som servern nekade skickas nu igen till {email}. Nekar servern igen visas det här.",
        $"The email the server refused is being sent again to {email}. If the server refuses it again, it shows here.");

    private static string RefusalReason(string reason) => reason switch
    {
        UndeliverableReasons.MailboxUnavailable => UiText.Pick("brevlådan finns inte eller tar inte emot e-post", "the mailbox does not exist or takes no email"),
        UndeliverableReasons.UserNotLocal => UiText.Pick("adressen hör inte till den servern", "the address does not belong to that server"),
        UndeliverableReasons.MailboxNameNotAllowed => UiText.Pick("adressen är inte tillåten där", "the address is not allowed there"),
        _ => UiText.Pick("servern tar inte emot e-post till adressen", "the server takes no email for the address"),
    };

    // Errors
    public static string AccountExists(string email) => UiText.Pick(
        $"{email} har redan ett konto i LabFlow. Personen kan logga in eller använda ”Glömt lösenord”.",
        $"{email} already has a LabFlow account. They can sign in or use \"Forgot password\".");

    public static string AdministrationRequired(int number) => UiText.Pick($"Välj förvaltning för roll {number}.", $"Choose the administration of role {number}.");

    public static string RoleRequired(int number) => UiText.Pick($"Välj roll {number}.", $"Choose role {number}.");

    public static string NewAdministrationRequired => UiText.Pick("Välj förvaltning.", "Choose an administration.");

    public static string NewRoleRequired => UiText.Pick("Välj roll.", "Choose a role.");

    public static string MembershipHeld => UiText.Pick("Personen har redan den rollen i förvaltningen.", "The person already has that role in the administration.");

    public static string SuccessorRequired(string name, int count) => count == 1
        ? UiText.Pick($"{name} har 1 öppen uppgift. Välj vem som tar över den.", $"{name} has 1 open task. Choose who takes it over.")
        : UiText.Pick($"{name} har {count} öppna uppgifter. Välj vem som tar över dem.", $"{name} has {count} open tasks. Choose who takes them over.");

    public static string SuccessorInvalid(string name) => UiText.Pick(
        $"Välj en aktiv person som inte är {name}.",
        $"Choose an active person other than {name}.");

    public static string NoteTooLong(int max) => UiText.Pick($"Anteckningen får vara högst {max} tecken.", $"The note can be at most {max} characters.");

    public static string NotPermitted(string name, int notPermitted, int moved) => UiText.Pick(
        $"{notPermitted} av {name}s öppna uppgifter finns i labb som du inte får hantera. {moved} flyttades och {name} är fortfarande aktiv.",
        $"{notPermitted} of {name}'s open tasks are in labs you cannot manage. {moved} moved, and {name} is still active.");

    public static string AccountError => UiText.Pick(
        "Kontot kunde inte skapas eller ändras. Kontrollera e-postadressen och försök igen.",
        "The account could not be created or changed. Check the email address and try again.");

    /// <summary>"1 öppen uppgift" / "3 öppna uppgifter".</summary>
    public static string Tasks(int count) => count == 1
        ? UiText.Pick("1 öppen uppgift", "1 open task")
        : UiText.Pick($"{count} öppna uppgifter", $"{count} open tasks");

    // Retention
    public static string RetentionTitle => UiText.Pick("Gallring", "Retention");

    public static string Title(string page) => $"{page} – {Administration} – LabFlow";
}
