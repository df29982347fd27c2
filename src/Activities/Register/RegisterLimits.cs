namespace LabFlow.Activities.Register;

/// <summary>The participant register's limits, one constant each.</summary>
public static class RegisterLimits
{
    public const int NameLength = 200;
    public const int OrganisationLength = 200;
    public const int EmailLength = 320;
    public const int LocationLength = 500;
    public const int LinkLength = 2000;

    /// <summary>Hours one person can attend one workshop, seminar or conference day.</summary>
    public const decimal MaxHours = 24m;

    /// <summary>People registered or recorded in one request.</summary>
    public const int MaxBatch = 500;

    /// <summary>How long the register keeps its data after the project: the ESF rules keep project records for ten years after the final payment.</summary>
    public const int KeptYearsAfterProject = 10;
}
