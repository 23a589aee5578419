using System.Text.RegularExpressions;
using ValueAtlas.Curation.Review.Store;
using ValueAtlas.Curation.Review.Units;
using ValueAtlas.Curation.Review.Web;

namespace ValueAtlas.Curation.Tests.Review.Web;

public sealed partial class GuidelineLibraryTests
{
    private static readonly string[] Languages = ["ko", "en"];

    [Fact]
    public void Every_kind_has_korean_and_english_guidelines_embedded()
    {
        var library = GuidelineLibrary.Embedded();

        foreach (var kind in UnitKinds.All)
        {
            var page = library.For(kind);
            Assert.Equal(UnitKinds.Name(kind), page.Kind);
            Assert.Contains("<h2>", page.Ko, StringComparison.Ordinal);
            Assert.Contains("<h2>", page.En, StringComparison.Ordinal);
            Assert.Matches(@"\p{IsHangulSyllables}", page.Ko);
        }
    }

    [Fact]
    public void Every_code_the_guidelines_name_is_a_configured_reject_reason_or_a_stance()
    {
        var known = ReviewOptions.Default.RejectReasons.Select(r => r.Code).Concat(["supports", "opposes", "neutral"]).ToHashSet();
        var named = new HashSet<string>();

        foreach (var kind in UnitKinds.All)
        {
            foreach (var language in Languages)
            {
                var codes = Code().Matches(GuidelineLibrary.Source(kind, language)).Select(m => m.Groups[1].Value).ToList();
                Assert.All(codes, c => Assert.Contains(c, known));
                Assert.Contains("other", codes);
                named.UnionWith(codes);
            }
        }

        Assert.Superset(ReviewOptions.Default.RejectReasons.Select(r => r.Code).ToHashSet(), named);
    }

    [Fact]
    public void Korean_and_english_guidelines_of_a_kind_name_the_same_codes()
    {
        foreach (var kind in UnitKinds.All)
        {
            var ko = Code().Matches(GuidelineLibrary.Source(kind, "ko")).Select(m => m.Groups[1].Value).ToHashSet();
            var en = Code().Matches(GuidelineLibrary.Source(kind, "en")).Select(m => m.Groups[1].Value).ToHashSet();
            Assert.Equal(ko.Order(), en.Order());
        }
    }

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex Code();
}
