using System.Text.Json;
using System.Text.Json.Serialization;
using LabFlow.Workflows.Execution;

namespace LabFlow.Host.Infrastructure.Persistence.Outbox;

/// <summary>
/// Writes an outbox effect as a type discriminator plus JSON, and reads it back. The discriminator is the type's
/// full name and assembly (without version), so any <see cref="IOutboxEffect"/> record of any LabFlow project is
/// stored without registration; only types that implement <see cref="IOutboxEffect"/> are ever created on reading.
/// Renaming or moving an effect type therefore needs a migration of the undispatched rows.
/// </summary>
internal static class OutboxEffectSerializer
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Discriminator(Type type) => $"{type.FullName}, {type.Assembly.GetName().Name}";

    public static string Serialize(IOutboxEffect effect) => JsonSerializer.Serialize(effect, effect.GetType(), Options);

    /// <summary>The effect, or <c>null</c> when the discriminator names no outbox effect type this process knows.</summary>
    public static IOutboxEffect? Deserialize(string discriminator, string payload)
    {
        var type = Type.GetType(discriminator, throwOnError: false);
        if (type is null || !typeof(IOutboxEffect).IsAssignableFrom(type) || type.IsAbstract)
        {
            return null;
        }

        return (IOutboxEffect?)JsonSerializer.Deserialize(payload, type, Options);
    }
}
