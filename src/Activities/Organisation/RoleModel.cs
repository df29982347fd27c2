namespace LabFlow.Activities.Organisation;

/// <summary>Where a role holds: in one administration (a membership names it) or across the whole organisation.</summary>
public enum RoleScope
{
    Administration,
    Organisation,

    /// <summary>
    /// The project team: a membership of the project scope (<see cref="ProjectScope"/>) grants the role's permissions
    /// there, and the role's <see cref="RoleDefinition.EverywhereGrants"/> (seeing, reporting) in every administration.
    /// </summary>
    Project,
}

/// <summary>What a role lets a person do, within the role's scope. Services ask for these, never for role names.</summary>
public enum Permission
{
    /// <summary>See the labs of the administration (or, organisation-wide, every lab).</summary>
    SeeLabs,

    /// <summary>Launch labs in the administration.</summary>
    LaunchLabs,

    /// <summary>Pause, resume, cancel, re-plan and change the tasks of the administration's labs.</summary>
    ManageLabs,

    /// <summary>Read published flows, to launch labs from them.</summary>
    ReadFlows,

    /// <summary>Edit, validate, publish, retract and import flows.</summary>
    DesignFlows,

    /// <summary>Administer people, memberships and the scheduler dashboard.</summary>
    Administer,

    /// <summary>
    /// Read the answers of the steps open to the lab's people (steps without their own <c>readers</c>) in labs the
    /// person is not named on. A step with its own readers, or a sensitive one, is read only by the roles it names
    /// (and its doers): holding this grant is never enough for those.
    /// </summary>
    ReadOpenAnswers,

    /// <summary>
    /// See the project's figures (the /project dashboard, the participant register and its exports) for the
    /// administration, or, held everywhere, for the whole project.
    /// </summary>
    SeeProject,

    /// <summary>Register guests without an account on an activity and record attendance per person with hours.</summary>
    RegisterParticipants,
}

/// <summary>One role: its scope and what it grants.</summary>
public sealed record RoleDefinition(Role Role, IReadOnlySet<Permission> Grants)
{
    /// <summary>Membership roles hold in the administration a membership names; an organisation-wide grant of one holds everywhere.</summary>
    public RoleScope Scope { get; init; } = RoleScope.Administration;

    /// <summary>For a <see cref="RoleScope.Project"/> role, the grants that hold in every administration; the others hold in the project scope.</summary>
    public IReadOnlySet<Permission> EverywhereGrants { get; init; } = new HashSet<Permission>();

    /// <summary>Whether the role grants <paramref name="permission"/> in every administration, whichever the membership names.</summary>
    public bool GrantsEverywhere(Permission permission) => Scope switch
    {
        RoleScope.Organisation => Grants.Contains(permission),
        RoleScope.Project => EverywhereGrants.Contains(permission) && Grants.Contains(permission),
        _ => false,
    };
}

/// <summary>
/// The one definition of LabFlow's roles and what each may do. Being a member of an administration in any role lets
/// a person see its labs; the rest follows from this table. The API's policies and the lab domain's access checks
/// are derived from it.
/// </summary>
public static class RoleModel
{
    private static readonly Dictionary<Role, RoleDefinition> Definitions = new[]
    {
        new RoleDefinition(Role.Admin, Set(Permission.SeeLabs, Permission.LaunchLabs, Permission.ManageLabs, Permission.ReadFlows, Permission.DesignFlows, Permission.Administer, Permission.ReadOpenAnswers, Permission.SeeProject, Permission.RegisterParticipants))
        {
            Scope = RoleScope.Organisation,
        },
        new RoleDefinition(Role.Designer, Set(Permission.ReadFlows, Permission.DesignFlows)) { Scope = RoleScope.Organisation },
        new RoleDefinition(Role.Facilitator, Set(Permission.SeeLabs, Permission.LaunchLabs, Permission.ManageLabs, Permission.ReadFlows, Permission.ReadOpenAnswers, Permission.SeeProject, Permission.RegisterParticipants)),
        new RoleDefinition(Role.Coordinator, Set(Permission.SeeLabs, Permission.SeeProject)),
        new RoleDefinition(Role.Communicator, Set(Permission.SeeLabs)),
        new RoleDefinition(Role.HR, Set(Permission.SeeLabs)),
        new RoleDefinition(Role.Sponsor, Set(Permission.SeeLabs)),
        new RoleDefinition(Role.Participant, Set(Permission.SeeLabs)),

        // The project team sees every administration's labs and figures; what they change holds in the project scope
        // (its conferences, seminars and labs), except that the training coordinator registers guests and attendance
        // on any administration's activity.
        new RoleDefinition(Role.ProjectLead, Set(Permission.SeeLabs, Permission.LaunchLabs, Permission.ManageLabs, Permission.ReadFlows, Permission.ReadOpenAnswers, Permission.SeeProject, Permission.RegisterParticipants))
        {
            Scope = RoleScope.Project,
            EverywhereGrants = Set(Permission.SeeLabs, Permission.SeeProject),
        },
        new RoleDefinition(Role.TrainingCoordinator, Set(Permission.SeeLabs, Permission.LaunchLabs, Permission.ManageLabs, Permission.ReadFlows, Permission.SeeProject, Permission.RegisterParticipants))
        {
            Scope = RoleScope.Project,
            EverywhereGrants = Set(Permission.SeeLabs, Permission.SeeProject, Permission.RegisterParticipants),
        },
        new RoleDefinition(Role.ProjectCommunicator, Set(Permission.SeeLabs, Permission.SeeProject)) { Scope = RoleScope.Project, EverywhereGrants = Set(Permission.SeeLabs, Permission.SeeProject) },
        new RoleDefinition(Role.EconomistAdministrator, Set(Permission.SeeLabs, Permission.SeeProject)) { Scope = RoleScope.Project, EverywhereGrants = Set(Permission.SeeLabs, Permission.SeeProject) },
        new RoleDefinition(Role.ProjectHR, Set(Permission.SeeLabs, Permission.SeeProject)) { Scope = RoleScope.Project, EverywhereGrants = Set(Permission.SeeLabs, Permission.SeeProject) },
    }.ToDictionary(d => d.Role);

    /// <summary>Every role, in the order of <see cref="Role"/>.</summary>
    public static IReadOnlyList<RoleDefinition> All { get; } = [.. Enum.GetValues<Role>().Select(Of)];

    public static RoleDefinition Of(Role role) =>
        Definitions.TryGetValue(role, out var definition)
            ? definition
            : throw new ArgumentOutOfRangeException(nameof(role), role, "LabFlow has no such role.");

    /// <summary>Whether <paramref name="role"/> grants <paramref name="permission"/> (in its scope).</summary>
    public static bool Grants(Role role, Permission permission) => Enum.IsDefined(role) && Of(role).Grants.Contains(permission);

    /// <summary>Whether <paramref name="role"/> grants <paramref name="permission"/> in every administration (organisation-wide roles, and the project team's seeing grants).</summary>
    public static bool GrantsEverywhere(Role role, Permission permission) => Enum.IsDefined(role) && Of(role).GrantsEverywhere(permission);

    /// <summary>The roles that grant <paramref name="permission"/>, for role-based policies.</summary>
    public static IReadOnlyList<Role> Granting(Permission permission) => [.. All.Where(d => d.Grants.Contains(permission)).Select(d => d.Role)];

    private static HashSet<Permission> Set(params Permission[] permissions) => [.. permissions];
}
