using System.Text.Json.Serialization;

namespace LabFlow.Activities.Register;

/// <summary>Self-declared sex for the project's reporting (kvinna / man / annat / vill inte uppge); only the person sets their own.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Sex>))]
public enum Sex
{
    /// <summary>Vill inte uppge: the default, also for guests until they state it.</summary>
    NotStated,

    /// <summary>Kvinna.</summary>
    Woman,

    /// <summary>Man.</summary>
    Man,

    /// <summary>Annat.</summary>
    Other,
}
