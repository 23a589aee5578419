using System.Text.Json;
using ValueAtlas.Core.Artifacts;
using ValueAtlas.Core.Domain;
using ValueAtlas.Core.Tests.Domain;

namespace ValueAtlas.Core.Tests.Artifacts;

public sealed class ArtifactJsonTests
{
    [Fact]
    public void Question_uses_snake_case_names_and_reads_back_equal_in_content()
    {
        var question = SampleRows.Question();

        var json = JsonSerializer.Serialize(question, ArtifactJson.Options);
        var back = JsonSerializer.Deserialize<Question>(json, ArtifactJson.Options)!;

        Assert.Contains("\"topic_id\":\"t_", json, StringComparison.Ordinal);
        Assert.Contains("\"text_en\":", json, StringComparison.Ordinal);
        Assert.Contains("\"is_paraphrase\":false", json, StringComparison.Ordinal);
        Assert.Contains("\"original_id\":null", json, StringComparison.Ordinal);
        Assert.Contains("\"prompt_sha256\":", json, StringComparison.Ordinal);
        Assert.Contains("\"language\":\"ko\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("original_group", json, StringComparison.Ordinal);
        Assert.Equal(question.Options, back.Options);
        Assert.Equal(question.Provenance.Parameters, back.Provenance.Parameters);
        Assert.Equal(question with { Options = back.Options, Provenance = back.Provenance }, back);
    }

    [Fact]
    public void Parameters_are_written_in_ordinal_key_order_whatever_the_insertion_order()
    {
        var forward = SampleRows.Provenance with
        {
            Parameters = new Dictionary<string, string> { ["a"] = "1", ["B"] = "2", ["c"] = "3" },
        };
        var backward = forward with
        {
            Parameters = new Dictionary<string, string> { ["c"] = "3", ["B"] = "2", ["a"] = "1" },
        };

        var json = JsonSerializer.Serialize(forward, ArtifactJson.Options);

        Assert.Equal(json, JsonSerializer.Serialize(backward, ArtifactJson.Options));
        Assert.Contains("\"parameters\":{\"B\":\"2\",\"a\":\"1\",\"c\":\"3\"}", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Korean_quotes_and_apostrophes_are_not_escaped()
    {
        var json = JsonSerializer.Serialize(new AnswerOption { Text = "그렇다 \"don't\" <b>", Stance = Stance.Neutral }, ArtifactJson.Options);

        Assert.Equal("{\"text\":\"그렇다 \\\"don't\\\" <b>\",\"stance\":\"neutral\"}", json);
    }

    [Fact]
    public void Characters_outside_the_basic_plane_stay_literal_but_controls_are_escaped()
    {
        const string text = "李\U00020000 😀 한\t\u0001\\";

        var json = JsonSerializer.Serialize(text, ArtifactJson.Options);

        Assert.Equal("\"李\U00020000 😀 한\\t\\u0001\\\\\"", json);
        Assert.Equal(text, JsonSerializer.Deserialize<string>(json, ArtifactJson.Options));
    }

    [Theory]
    [InlineData("{\"text\":\"예\"}", "stance")]
    [InlineData("{\"text\":null,\"stance\":\"supports\"}", "$.text")]
    [InlineData("{\"text\":\"예\",\"stance\":1}", "$.stance")]
    public void Missing_null_or_mistyped_fields_are_rejected_with_their_name(string json, string mentioned)
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<AnswerOption>(json, ArtifactJson.Options));

        Assert.Contains(mentioned, error.Message, StringComparison.Ordinal);
    }
}
