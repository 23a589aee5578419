using System.Text.Json.Serialization;

namespace ValueAtlas.Core.Domain;

/// <summary>An answer option's stance toward its topic.</summary>
[JsonConverter(typeof(StanceJsonConverter))]
public enum Stance
{
    Supports,
    Opposes,
    Neutral,
}
