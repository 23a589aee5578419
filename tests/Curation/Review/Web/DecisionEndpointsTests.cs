using System.Net;
using System.Text.Json;
using ValueAtlas.Curation.Review.Annotators;
using ValueAtlas.Curation.Review.Store;
using ValueAtlas.Curation.Review.Units;

namespace ValueAtlas.Curation.Tests.Review.Web;

public sealed class DecisionEndpointsTests
{
    private static readonly CancellationToken Ct = CancellationToken.None;
    private const string Approve = """{"decision":"approve"}""";

    [Fact]
    public async Task Decision_is_201_the_same_again_is_200_and_a_different_one_is_409()
    {
        await using var app = await RunningReviewApp.StartAsync(WebItems.Korean(), 2, UnitKind.Question, Ct);
        using var client = app.Client((await app.AddAsync("김민지", Ct)).Token);
        var unit = await Json.NextUnitIdAsync(client, Ct);

        using var first = await client.PostAsync($"/api/units/{unit}/decisions", Json.Body(Approve), Ct);
        using var same = await client.PostAsync($"/api/units/{unit}/decisions", Json.Body(Approve), Ct);
        using var different = await client.PostAsync($"/api/units/{unit}/decisions", Json.Body("""{"decision":"reject","reason":"off-topic"}"""), Ct);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var body = await Json.ReadAsync(first, Ct);
        Assert.Equal("accepted", body.GetProperty("status").GetString());
        Assert.Equal("open", body.GetProperty("state").GetString());
        Assert.Equal(HttpStatusCode.OK, same.StatusCode);
        Assert.Equal("unchanged", (await Json.ReadAsync(same, Ct)).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, different.StatusCode);
        Assert.Contains("already decided", await Json.ErrorAsync(different, Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unit_in_a_language_the_annotator_does_not_read_is_403_and_an_unknown_unit_404()
    {
        await using var app = await RunningReviewApp.StartAsync(WebItems.Korean(), 1, UnitKind.Question, Ct);
        using var korean = app.Client((await app.AddAsync("김민지", Ct)).Token);
        using var english = app.Client((await app.AddAsync("Erin", AnnotatorRole.Annotator, "en", Ct)).Token);
        var unit = await Json.NextUnitIdAsync(korean, Ct);

        using var forbidden = await english.PostAsync($"/api/units/{unit}/decisions", Json.Body(Approve), Ct);
        using var missing = await korean.PostAsync("/api/units/u_0000000000000000/decisions", Json.Body(Approve), Ct);

        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Contains("does not review", await Json.ErrorAsync(forbidden, Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Theory]
    [InlineData("""{"decision":"reject"}""", "reject needs a reason")]
    [InlineData("""{"decision":"reject","reason":"other"}""", "needs a note")]
    [InlineData("""{"decision":"edit","edits":{"option:9":"x"}}""", "not an editable field")]
    [InlineData("""{"decision":"maybe"}""", "not a decision")]
    [InlineData("""{"decison":"approve"}""", "not a decision")]
    [InlineData("""{"decision":"approve","reasons":"duplicate"}""", "not a decision")]
    [InlineData("""not json""", "not a decision")]
    public async Task Malformed_or_invalid_decision_is_400_with_the_reason(string body, string error)
    {
        await using var app = await RunningReviewApp.StartAsync(WebItems.Korean(), 1, UnitKind.Question, Ct);
        using var client = app.Client((await app.AddAsync("김민지", Ct)).Token);
        var unit = await Json.NextUnitIdAsync(client, Ct);

        using var response = await client.PostAsync($"/api/units/{unit}/decisions", Json.Body(body), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(error, await Json.ErrorAsync(response, Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Edit_is_stored_beside_the_original_with_a_diff()
    {
        await using var app = await RunningReviewApp.StartAsync(WebItems.Korean(), 1, UnitKind.Question, Ct);
        using var client = app.Client((await app.AddAsync("김민지", Ct)).Token);
        var unit = await Json.NextUnitIdAsync(client, Ct);
        var edit = JsonSerializer.Serialize(new { decision = "edit", edits = new Dictionary<string, string> { ["question"] = "사형제를 없애야 한다고 보십니까?" } });

        using var response = await client.PostAsync($"/api/units/{unit}/decisions", Json.Body(edit), Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("approved", (await Json.ReadAsync(response, Ct)).GetProperty("state").GetString());
        var stored = (await app.Store.UnitsAsync("q", Ct)).Single(u => u.Unit.Id == unit);
        Assert.Equal("사형제를 폐지해야 한다고 생각하십니까?", stored.Unit.Fields[0].Text);
        Assert.Equal("사형제를 없애야 한다고 보십니까?", stored.Final!.Edits["question"]);
        Assert.Equal("사형제를 [-폐지해야-]{+없애야+} 한다고 [-생각하십니까?-]{+보십니까?+}", stored.Final.Diffs["question"]);
    }

    [Fact]
    public async Task Undo_takes_back_my_open_decision_and_gives_the_unit_back_but_not_once_it_is_final()
    {
        await using var app = await RunningReviewApp.StartAsync(WebItems.Korean(), 2, UnitKind.Question, Ct);
        using var a = app.Client((await app.AddAsync("김민지", Ct)).Token);
        using var b = app.Client((await app.AddAsync("이서연", Ct)).Token);
        var unit = await Json.NextUnitIdAsync(a, Ct);
        using var decided = await a.PostAsync($"/api/units/{unit}/decisions", Json.Body(Approve), Ct);

        using var undone = await a.PostAsync("/api/decisions/undo", Json.Body("{}"), Ct);
        var again = await Json.NextUnitIdAsync(a, Ct);
        using var nothingLeft = await a.PostAsync("/api/decisions/undo", Json.Body("{}"), Ct);
        using var redecided = await a.PostAsync($"/api/units/{unit}/decisions", Json.Body(Approve), Ct);
        Assert.Equal(unit, await Json.NextUnitIdAsync(b, Ct));
        using var final = await b.PostAsync($"/api/units/{unit}/decisions", Json.Body(Approve), Ct);
        using var tooLate = await b.PostAsync("/api/decisions/undo", Json.Body("{}"), Ct);

        Assert.Equal(HttpStatusCode.OK, undone.StatusCode);
        Assert.Equal(unit, again);
        Assert.Equal(HttpStatusCode.NotFound, nothingLeft.StatusCode);
        Assert.Equal(HttpStatusCode.Created, redecided.StatusCode);
        Assert.Equal("approved", (await Json.ReadAsync(final, Ct)).GetProperty("state").GetString());
        Assert.Equal(HttpStatusCode.Conflict, tooLate.StatusCode);
        Assert.Equal(UnitState.Approved, (await app.Store.UnitsAsync("q", Ct)).Single(u => u.Unit.Id == unit).State);
    }
}
