using System.Net;
using System.Text.Json;
using ValueAtlas.Curation.Review.Annotators;
using ValueAtlas.Curation.Review.Units;

namespace ValueAtlas.Curation.Tests.Review.Web;

public sealed class UnitEndpointsTests
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task Next_unit_comes_whole_in_snake_case_json_and_204_when_nothing_is_left()
    {
        await using var app = await RunningReviewApp.StartAsync(WebItems.Korean(), 1, UnitKind.Question, Ct);
        var annotator = await app.AddAsync("김민지", Ct);
        using var client = app.Client(annotator.Token);
        var seen = new List<string>();

        for (var i = 0; i < 2; i++)
        {
            using var next = await client.GetAsync("/api/units/next", Ct);
            Assert.Equal(HttpStatusCode.OK, next.StatusCode);
            var view = await Json.ReadAsync(next, Ct);
            var unit = view.GetProperty("unit");
            var fields = unit.GetProperty("fields").EnumerateArray().ToList();
            Assert.Equal("question", unit.GetProperty("kind").GetString());
            Assert.Equal("open", view.GetProperty("state").GetString());
            Assert.False(view.GetProperty("adjudication").GetBoolean());
            Assert.Equal("question", fields[0].GetProperty("key").GetString());
            Assert.Equal("ko", fields[0].GetProperty("language").GetString());
            Assert.True(fields[0].GetProperty("editable").GetBoolean());
            Assert.Contains("death penalty", fields[0].GetProperty("text_en").GetString(), StringComparison.Ordinal);
            Assert.Equal(["opposes", "supports"], fields.Skip(1).Select(f => f.GetProperty("stance").GetString()!).Order());
            seen.Add(unit.GetProperty("id").GetString()!);
            using var approved = await client.PostAsync($"/api/units/{seen[^1]}/decisions", Json.Body("""{"decision":"approve"}"""), Ct);
            Assert.Equal(HttpStatusCode.Created, approved.StatusCode);
        }

        using var empty = await client.GetAsync("/api/units/next", Ct);
        Assert.Equal(HttpStatusCode.NoContent, empty.StatusCode);
        Assert.Equal(2, seen.Distinct().Count());
    }

    [Fact]
    public async Task Next_unit_of_a_queue_that_does_not_exist_is_204()
    {
        await using var app = await RunningReviewApp.StartAsync(WebItems.Korean(), 1, UnitKind.Question, Ct);
        using var client = app.Client((await app.AddAsync("김민지", Ct)).Token);

        using var response = await client.GetAsync("/api/units/next?queue=nope", Ct);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }

    [Fact]
    public async Task Me_names_the_annotator_their_role_languages_and_the_reject_reasons()
    {
        await using var app = await RunningReviewApp.StartAsync(WebItems.Korean(), 1, UnitKind.Question, Ct);
        using var client = app.Client((await app.AddAsync("박서준", AnnotatorRole.Adjudicator, "ko", Ct)).Token);

        var me = JsonDocument.Parse(await client.GetStringAsync("/api/me", Ct)).RootElement;

        Assert.Equal("박서준", me.GetProperty("name").GetString());
        Assert.Equal("adjudicator", me.GetProperty("role").GetString());
        Assert.True(me.GetProperty("can_adjudicate").GetBoolean());
        Assert.Equal(["ko"], me.GetProperty("languages").EnumerateArray().Select(l => l.GetString()));
        var reasons = me.GetProperty("reject_reasons").EnumerateArray().ToList();
        Assert.Equal(
            ["off-topic", "wrong-stance", "not-binary", "unnatural", "meaning-changed", "factual-error", "harmful", "duplicate", "other"],
            reasons.Select(r => r.GetProperty("code").GetString()));
        Assert.True(reasons[^1].GetProperty("needs_note").GetBoolean());
        Assert.Equal("중복", reasons[^2].GetProperty("ko").GetString());
    }

    [Fact]
    public async Task Progress_counts_my_decisions_and_the_queue_state()
    {
        await using var app = await RunningReviewApp.StartAsync(WebItems.Korean(), 1, UnitKind.Question, Ct);
        using var client = app.Client((await app.AddAsync("김민지", Ct)).Token);
        var unit = JsonDocument.Parse(await client.GetStringAsync("/api/units/next", Ct)).RootElement.GetProperty("unit").GetProperty("id").GetString();
        using var rejected = await client.PostAsync($"/api/units/{unit}/decisions", Json.Body("""{"decision":"reject","reason":"duplicate"}"""), Ct);

        var queue = JsonDocument.Parse(await client.GetStringAsync("/api/progress", Ct)).RootElement.GetProperty("queues").EnumerateArray().Single();

        Assert.Equal("q", queue.GetProperty("queue").GetString());
        Assert.Equal(2, queue.GetProperty("units").GetInt32());
        Assert.Equal(1, queue.GetProperty("rejected").GetInt32());
        Assert.Equal(1, queue.GetProperty("open").GetInt32());
        Assert.Equal(1, queue.GetProperty("decided_by_me").GetInt32());
        Assert.Equal(1, queue.GetProperty("available_to_me").GetInt32());
    }

    [Theory]
    [InlineData("topic", "주제 검토 지침", "Reviewing topics")]
    [InlineData("question", "질문 검토 지침", "Reviewing questions")]
    [InlineData("paraphrases", "바꿔 말하기 검토 지침", "Reviewing paraphrases")]
    [InlineData("translation", "번역 검토 지침", "Reviewing translations")]
    public async Task Guidelines_of_each_kind_come_as_korean_and_english_html(string kind, string koTitle, string enTitle)
    {
        await using var app = await RunningReviewApp.StartAsync(WebItems.Korean(), 1, UnitKind.Question, Ct);
        using var client = app.Client((await app.AddAsync("김민지", Ct)).Token);

        var page = JsonDocument.Parse(await client.GetStringAsync("/api/guidelines/" + kind, Ct)).RootElement;

        Assert.Equal(kind, page.GetProperty("kind").GetString());
        Assert.StartsWith($"<h1>{koTitle}</h1>", page.GetProperty("ko").GetString(), StringComparison.Ordinal);
        Assert.StartsWith($"<h1>{enTitle}</h1>", page.GetProperty("en").GetString(), StringComparison.Ordinal);
        Assert.Contains("<code>other</code>", page.GetProperty("en").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Guidelines_of_an_unknown_kind_are_404()
    {
        await using var app = await RunningReviewApp.StartAsync(WebItems.Korean(), 1, UnitKind.Question, Ct);
        using var client = app.Client((await app.AddAsync("김민지", Ct)).Token);

        using var response = await client.GetAsync("/api/guidelines/survey", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("paraphrases", await Json.ErrorAsync(response, Ct), StringComparison.Ordinal);
    }
}
