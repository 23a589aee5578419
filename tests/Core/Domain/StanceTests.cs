using System.Text.Json;
using ValueAtlas.Core.Artifacts;
using ValueAtlas.Core.Domain;

namespace ValueAtlas.Core.Tests.Domain;

public sealed class StanceTests
{
    [Theory]
    [InlineData(Stance.Supports, "\"supports\"")]
    [InlineData(Stance.Opposes, "\"opposes\"")]
    [InlineData(Stance.Neutral, "\"neutral\"")]
    public void Serialises_as_lowercase_string(Stance stance, string json)
    {
        Assert.Equal(json, JsonSerializer.Serialize(stance, ArtifactJson.Options));
        Assert.Equal(json, JsonSerializer.Serialize(stance));
        Assert.Equal(stance, JsonSerializer.Deserialize<Stance>(json, ArtifactJson.Options));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("\"agrees\"")]
    public void Rejects_numbers_and_unknown_names(string json) =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Stance>(json, ArtifactJson.Options));
}
