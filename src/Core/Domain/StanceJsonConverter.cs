using System.Text.Json;
using System.Text.Json.Serialization;

namespace ValueAtlas.Core.Domain;

/// <summary>
/// Lowercase names ("supports") in every artifact. Integers are refused so that a
/// reordered enum can never silently change the meaning of stored rows.
/// </summary>
public sealed class StanceJsonConverter()
    : JsonStringEnumConverter<Stance>(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false);
