namespace LabFlow.Activities.Messages;

/// <summary>The refusals of a person's data export, erasure and the access log (<see cref="Privacy.PersonalDataService"/>).</summary>
public static class GdprMessages
{
    public static readonly MessageText AdminOnly = new(
        "gdpr.admin_only",
        "Bara en administratör för personens förvaltning får hämta eller radera personens uppgifter; be en sådan administratör göra det.",
        "Only an administrator of the person's administration may download or erase their data; ask such an administrator to do it.");

    public static readonly MessageText AccessLogAdminOnly = new(
        "gdpr.access_log_admin_only",
        "Bara en administratör får läsa åtkomstloggen; be en administratör för förvaltningen.",
        "Only an administrator may read the access log; ask an administrator of the administration.");

    public static readonly MessageText NotFound = new(
        "gdpr.not_found",
        "Det finns ingen person {personId} vars uppgifter kan hämtas eller raderas; personerna listas på /api/v1/people.",
        "There is no person {personId} whose data can be downloaded or erased; list people at /api/v1/people.");

    public static readonly MessageText AlreadyErased = new(
        "gdpr.already_erased",
        "Person {personId} raderades redan {decidedAt}; det finns inget mer att radera.",
        "Person {personId} was already erased on {decidedAt}; there is nothing more to erase.");

    public static readonly MessageText NotSelf = new(
        "gdpr.not_self",
        "En administratör kan inte radera sig själv; be en annan administratör för förvaltningen fatta beslutet.",
        "An administrator cannot erase themselves; ask another administrator of the administration to decide it.");
}
