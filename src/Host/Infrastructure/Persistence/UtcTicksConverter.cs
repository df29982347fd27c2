using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace LabFlow.Host.Infrastructure.Persistence;

/// <summary>Stores a <see cref="DateTimeOffset"/> as its UTC ticks: exact, and ordered like the instants.</summary>
internal sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    value => value.UtcTicks,
    ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
