using ValueAtlas.Curation.Review.Agreement;

namespace ValueAtlas.Curation.Tests.Review.Agreement;

/// <summary>Textbook tables turned into ratings, the form the code under test takes.</summary>
internal static class RatingTables
{
    /// <summary>Rows are items, columns categories, cells how many raters chose that category (Fleiss' layout).</summary>
    public static List<Rating> FromCounts(int[][] counts)
    {
        var ratings = new List<Rating>();
        for (var item = 0; item < counts.Length; item++)
        {
            var rater = 0;
            for (var category = 0; category < counts[item].Length; category++)
            {
                for (var k = 0; k < counts[item][category]; k++)
                {
                    ratings.Add(new Rating($"i{item + 1}", $"r{++rater}", $"c{category + 1}"));
                }
            }
        }

        return ratings;
    }

    /// <summary>Rows are raters, columns items, "." a missing rating (Krippendorff's reliability-data layout).</summary>
    public static List<Rating> FromReliabilityData(params string[] raterRows) =>
        [.. raterRows.SelectMany((row, rater) => row.Split(' ')
            .Select((label, unit) => new Rating($"u{unit + 1}", $"rater{rater + 1}", label))
            .Where(r => r.Label != "."))];
}
