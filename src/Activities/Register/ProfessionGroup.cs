using System.Text.Json.Serialization;

namespace LabFlow.Activities.Register;

/// <summary>The profession groups the ESF report counts participants by (yrkesgrupp).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ProfessionGroup>))]
public enum ProfessionGroup
{
    /// <summary>Vill inte uppge / not asked yet.</summary>
    NotStated,

    /// <summary>Chef.</summary>
    Manager,

    /// <summary>HR-personal.</summary>
    HumanResources,

    /// <summary>Pedagogisk personal (lärare, förskollärare, barnskötare).</summary>
    Educator,

    /// <summary>Handläggare, utredare, specialist.</summary>
    Specialist,

    /// <summary>Administrativ personal.</summary>
    Administrative,

    /// <summary>Teknisk personal, planering, samhällsbyggnad.</summary>
    Technical,

    /// <summary>Kommunikatör.</summary>
    Communication,

    /// <summary>Annan yrkesgrupp.</summary>
    Other,
}
