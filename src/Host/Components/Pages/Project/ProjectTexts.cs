using System.Globalization;
using LabFlow.Activities.Register;
using LabFlow.Host.Components.Shared;

namespace LabFlow.Host.Components.Pages.Project;

/// <summary>The texts of the project dashboard (<c>/project</c>), Swedish first.</summary>
internal static class ProjectTexts
{
    public static string Title => T("Projektets översikt", "Project dashboard");

    public static string NavLink => T("Projektet", "Project");

    public static string Loading => T("Hämtar projektets siffror …", "Loading the project's figures …");

    public static string Intro(DateOnly today) => T(
        $"Labb, konferenser, seminarier och indikatorer i alla förvaltningar du ser, den {Date(today)}. Varje siffra har en tabell med labben bakom den.",
        $"Labs, conferences, seminars and indicators in every administration you see, on {Date(today)}. Every figure has a table with the labs behind it.");

    // Labs per administration.
    public static string LabsHeading => T("Labb per förvaltning", "Labs per administration");

    public static string LabsGoal(int goal) => T($"Målet är {goal} labb i varje förvaltning.", $"The goal is {goal} labs in each administration.");

    public static string LabsCaption => T("Labb per förvaltning mot målet, med fas och försenade uppgifter", "Labs per administration against the goal, with phase and overdue tasks");

    public static string Administration => T("Förvaltning", "Administration");

    public static string Labs => T("Labb", "Labs");

    public static string Goal => T("Mål", "Goal");

    public static string Overdue => T("Försenade uppgifter", "Overdue tasks");

    public static string TheLabs => T("Labben", "The labs");

    public static string GoalMet(bool met) => met ? T("Målet nått", "Goal met") : T("Målet inte nått", "Goal not met");

    public static string NoLabs => T("Inga labb ännu", "No labs yet");

    public static string LabLine(string phase, string state, int overdue) => overdue switch
    {
        0 => T($"{phase}, {state}", $"{phase}, {state}"),
        1 => T($"{phase}, {state}, 1 försenad uppgift", $"{phase}, {state}, 1 overdue task"),
        _ => T($"{phase}, {state}, {overdue} försenade uppgifter", $"{phase}, {state}, {overdue} overdue tasks"),
    };

    public static string AllLabs(int count) => T($"Alla {count} labb i labblistan", $"All {count} labs in the lab list");

    public static string NoPhase => T("ingen aktiv fas", "no active phase");

    // Conferences and seminars.
    public static string EventsHeading => T("Konferenser och seminarier", "Conferences and seminars");

    public static string EventsCaption => T("Konferenser och lärandeseminarier, genomförda och planerade", "Conferences and learning seminars, held and planned");

    public static string Kind => T("Slag", "Kind");

    public static string Conferences => T("Konferenser", "Conferences");

    public static string Seminars => T("Lärandeseminarier", "Learning seminars");

    public static string Held => T("Genomförda", "Held");

    public static string Planned => T("Planerade", "Planned");

    public static string EventLine(DateOnly date, bool held) => held
        ? T($"genomförd {Date(date)}", $"held {Date(date)}")
        : T($"planerad {Date(date)}", $"planned {Date(date)}");

    public static string EventsShown(int held, int planned) => T(
        $"Visar de {held} senast genomförda och de {planned} närmast planerade.",
        $"Showing the {held} held most recently and the {planned} planned next.");

    public static string IndicatorPagesLabel => T("Sidor med indikatorer", "Pages of indicators");

    public static string PreviousPage => T("Föregående sida", "Previous page");

    public static string NextPage => T("Nästa sida", "Next page");

    public static string PageNumber(int page) => T($"Sida {page}, nyaste labben först", $"Page {page}, newest labs first");

    public static string NoEvents => T("Inga ännu", "None yet");

    // Indicators by sex.
    public static string IndicatorsHeading => T("Indikatorer uppdelade på kön", "Indicators by sex");

    public static string IndicatorsIntro => T(
        "Nuläget och varje uppföljning för kvinnor och män, per labb. Då syns om skillnaden har minskat.",
        "The baseline and each follow-up for women and men, per lab. Then it shows whether the gap has narrowed.");

    public static string NoIndicators => T("Inget labb har mätt indikatorer ännu.", "No lab has measured indicators yet.");

    public static string IndicatorCaption(string lab) => T($"Indikatorer för {lab}", $"Indicators for {lab}");

    public static string Indicator => T("Indikator", "Indicator");

    public static string Women => T("Kvinnor", "Women");

    public static string Men => T("Män", "Men");

    public static string NotMeasured => T("–", "–");

    public static string NoMeasures => T("Inga mätningar ännu.", "No measurements yet.");

    public static string Unreadable(int count) => count == 1
        ? T("1 mätning visas inte: du får inte läsa det stegets svar.", "1 measurement is not shown: you may not read that step's answers.")
        : T($"{count} mätningar visas inte: du får inte läsa de stegens svar.", $"{count} measurements are not shown: you may not read those steps' answers.");

    public static string ChartNote => T("Diagrammet visar samma siffror som tabellen nedanför.", "The chart shows the same figures as the table below.");

    // Participants and hours.
    public static string ParticipationHeading => T("Deltagare och timmar", "Participants and hours");

    public static string ParticipationIntro(int people, decimal hours) => T(
        $"Totalt {people} deltagare och {Number(hours)} timmar i workshoppar, seminarier och konferenser. En person räknas en gång per grupp hur ofta hen än deltog.",
        $"In total {people} participants and {Number(hours)} hours in workshops, seminars and conferences. A person counts once per group however often they took part.");

    public static string NoParticipation => T("Ingen närvaro är registrerad ännu.", "No attendance is registered yet.");

    public static string BySexCaption => T("Deltagare och timmar per kön", "Participants and hours by sex");

    public static string ByOrganisationCaption => T("Deltagare och timmar per förvaltning eller organisation, uppdelat på kön", "Participants and hours by administration or organisation, by sex");

    public static string ByProfessionCaption => T("Deltagare och timmar per yrkesgrupp, uppdelat på kön", "Participants and hours by profession group, by sex");

    public static string ByMonthCaption => T("Deltagare och timmar per månad, uppdelat på kön", "Participants and hours per month, by sex");

    public static string Group => T("Grupp", "Group");

    public static string Total => T("Totalt", "Total");

    public static string People => T("Deltagare", "Participants");

    public static string Hours => T("Timmar", "Hours");

    public static string PeopleOf(string group) => T($"Deltagare, {group}", $"Participants, {group}");

    public static string HoursOf(string group) => T($"Timmar, {group}", $"Hours, {group}");

    public static string ShowPeople(string group) => T($"Visa personerna: {group}", $"Show the people: {group}");

    public static string ShowPeopleShort => T("Visa personer", "Show people");

    public static string PeopleCaption(string group) => T($"Personerna bakom {group}", $"The people behind {group}");

    public static string Name => T("Namn", "Name");

    public static string Organisation => T("Förvaltning eller organisation", "Administration or organisation");

    public static string SexColumn => T("Kön", "Sex");

    public static string Lab => T("Labb, konferens eller seminarium", "Lab, conference or seminar");

    public static string Day => T("Dag", "Day");

    public static string Guest => T("gäst", "guest");

    public static string Unknown => T("okänd", "unknown");

    public static string CloseList => T("Stäng listan", "Close the list");

    public static string SexName(Sex sex) => sex switch
    {
        Sex.Woman => T("Kvinnor", "Women"),
        Sex.Man => T("Män", "Men"),
        Sex.Other => T("Annat", "Other"),
        _ => T("Vill inte uppge", "Not stated"),
    };

    /// <summary>The same names the register's own form and exports use, so a group reads alike everywhere.</summary>
    public static string ProfessionName(ProfessionGroup group) => RegisterTexts.ProfessionName(group, UiText.Language);

    public static string Number(decimal value) => value.ToString("0.##", CultureInfo.CurrentCulture);

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string T(string swedish, string english) => UiText.Pick(swedish, english);
}
