using System.Text.Json;
using ValueAtlas.Core.Artifacts;
using ValueAtlas.Core.Domain;
using ValueAtlas.Curation.Review.Annotators;
using ValueAtlas.Curation.Review.Approved;
using ValueAtlas.Curation.Review.Decisions;
using ValueAtlas.Curation.Review.Units;
using ValueAtlas.Curation.Tests.Review.Store;

namespace ValueAtlas.Curation.Tests.Review.Approved;

public sealed class ApprovedExportTests : IDisposable
{
    private static readonly CancellationToken Ct = CancellationToken.None;
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task Approved_rows_carry_final_text_and_review_metadata_and_the_rest_are_excluded_with_reasons(string kind)
    {
        await using var store = await TestStores.OpenAsync(kind, _folder, new ManualTime());
        var items = SampleItems.Korean();
        await store.EnqueueAsync("q", 1, UnitBuilder.Build("q", items, new HashSet<UnitKind>(UnitKinds.All)), items, Ct);
        var who = (await store.AddAnnotatorAsync("A", AnnotatorRole.Annotator, ["ko"], Ct)).Annotator;
        var units = await store.ClaimAsync(who, "q", 100, Ct);
        var q1 = items[0];
        foreach (var view in units)
        {
            var unit = view.Unit;
            var request = unit.Kind switch
            {
                UnitKind.Question when unit.ItemIds[0] == q1.Id => new DecisionRequest
                {
                    Decision = DecisionKind.Edit,
                    Edits = new Dictionary<string, string> { ["question"] = "사형제를 폐지해야 한다고 보십니까?", ["option:2"] = "아니요" },
                },
                UnitKind.Question => new DecisionRequest { Decision = DecisionKind.Reject, Reason = "duplicate" },
                _ => new DecisionRequest { Decision = DecisionKind.Approve },
            };
            Assert.True((await store.DecideAsync(who, unit.Id, request, Ct)).Applied);
        }

        var result = await ApprovedExport.WriteAsync(store, "q", _folder.File("out"), Ct);

        var rows = File.ReadAllLines(result.ItemsPath).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var excluded = File.ReadAllLines(result.ExcludedPath).Select(l => JsonSerializer.Deserialize<ExcludedItem>(l, ArtifactJson.Options)!).ToList();
        var edited = rows.Single(r => r.GetProperty("id").GetString() == q1.Id);
        Assert.Equal("사형제를 폐지해야 한다고 보십니까?", edited.GetProperty("text").GetString());
        Assert.Equal("아니요", edited.GetProperty("options")[1].GetProperty("text").GetString());
        Assert.Equal("opposes", edited.GetProperty("options")[0].GetProperty("stance").GetString());
        var review = edited.GetProperty("review");
        Assert.True(review.GetProperty("edited").GetBoolean());
        Assert.Equal("unanimous", review.GetProperty("outcome").GetString());
        Assert.Equal(q1.Text, review.GetProperty("original_text").GetProperty("question").GetString());
        Assert.Contains("{+보십니까?+}", review.GetProperty("diffs").GetProperty("question").GetString(), StringComparison.Ordinal);
        Assert.Equal(who.Id, review.GetProperty("decisions")[0].GetProperty("annotator_id").GetString());
        Assert.DoesNotContain("\"A\"", File.ReadAllText(result.ItemsPath), StringComparison.Ordinal);

        // q1, its two paraphrases; q2 rejected; the English translation is in a language A does not read, so still open.
        Assert.Equal(3, result.Approved);
        Assert.Equal(new[] { items[1].Id, items[4].Id }.Order(), excluded.Select(e => e.ItemId).Order());
        Assert.Contains(excluded, e => e.ItemId == items[1].Id && e.Reason.Contains("rejected", StringComparison.Ordinal));
        Assert.Contains(excluded, e => e.ItemId == items[4].Id && e.Reason.Contains("open", StringComparison.Ordinal));
        var readBack = await JsonlReader.ReadAllAsync<Question>(result.ItemsPath, Ct);
        Assert.Empty(readBack.Errors);
    }
}
