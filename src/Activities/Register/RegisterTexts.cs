using LabFlow.Activities.Messages;
using LabFlow.Activities.Organisation;

namespace LabFlow.Activities.Register;

/// <summary>The register's names in Swedish (default) and English, for exports and pages alike.</summary>
public static class RegisterTexts
{
    public static string Pick(string language, string swedish, string english) => language == MessageCatalogue.English ? english : swedish;

    public static string SexName(Sex sex, string language) => (sex switch
    {
        Sex.Woman => RegisterMessages.Woman,
        Sex.Man => RegisterMessages.Man,
        Sex.Other => RegisterMessages.OtherSex,
        _ => RegisterMessages.SexNotStated,
    }).Template(language);

    public static string ProfessionName(ProfessionGroup group, string language) => group switch
    {
        ProfessionGroup.Manager => Pick(language, "Chef", "Manager"),
        ProfessionGroup.HumanResources => Pick(language, "HR-personal", "HR staff"),
        ProfessionGroup.Educator => Pick(language, "Pedagogisk personal", "Educator"),
        ProfessionGroup.Specialist => Pick(language, "Handläggare, utredare, specialist", "Case officer, investigator, specialist"),
        ProfessionGroup.Administrative => Pick(language, "Administrativ personal", "Administrative staff"),
        ProfessionGroup.Technical => Pick(language, "Teknisk personal, planering", "Technical staff, planning"),
        ProfessionGroup.Communication => Pick(language, "Kommunikation", "Communication"),
        ProfessionGroup.Other => Pick(language, "Annan yrkesgrupp", "Other profession"),
        _ => Pick(language, "Vill inte uppge", "Prefers not to say"),
    };

    public static string AdministrationName(string administrationId, IReadOnlyDictionary<string, string> names, string language) =>
        ProjectScope.IsProject(administrationId)
            ? Pick(language, "Projektet (alla förvaltningar)", "The project (all administrations)")
            : names.GetValueOrDefault(administrationId) ?? administrationId;

    /// <summary>The privacy notice shown where the register's questions are asked: purpose, who sees it, how long it is kept.</summary>
    public static string PrivacyNotice(string language) => Pick(
        language,
        "Vi frågar om kön, förvaltning eller organisation och yrkesgrupp för att projektet Socialt innovationslabb ska kunna redovisa till Europeiska socialfonden (ESF) hur många kvinnor och män som deltog och hur många timmar. "
        + $"Bara projektteamet, administratörer och samordnare och processledare i din förvaltning ser uppgifterna, och de redovisas utåt bara som antal. Uppgifterna sparas i {RegisterLimits.KeptYearsAfterProject} år efter projektets slut, som ESF:s regler kräver, och tas sedan bort. "
        + "Du kan alltid välja \"vill inte uppge\", ändra dina svar under Inställningar och begära ut eller radera dina uppgifter.",
        "We ask for your sex, administration or organisation and profession group so that the project Social innovation lab can report to the European Social Fund (ESF) how many women and men took part and for how many hours. "
        + $"Only the project team, administrators, and coordinators and facilitators of your administration see them, and they are reported outwards only as numbers. They are kept for {RegisterLimits.KeptYearsAfterProject} years after the project ends, as the ESF's rules require, and then removed. "
        + "You can always choose \"prefer not to say\", change your answers under Settings, and ask for a copy of your data or its erasure.");
}
