using System.Globalization;
using System.Text.Json;
using ValueAtlas.Evaluation.Metrics;

namespace ValueAtlas.Evaluation.Tests.Metrics;

/// <summary>
/// Our results beside the Python reference's JSON: every mean and count to <see cref="Exact"/>, CI ends within
/// <see cref="CiTolerance"/> (the random streams differ). Collects every disagreement rather than stopping at the first.
/// Also linked into bench/Evaluation.
/// </summary>
internal sealed class ReferenceComparison
{
    public const double Exact = 1e-9;
    public const double CiTolerance = 0.005;

    public List<string> Problems { get; } = [];

    public double MaxMeanDelta { get; private set; }

    public double MaxCiDelta { get; private set; }

    public int Compared { get; private set; }

    public void Consistency(ConsistencyReport ours, JsonElement reference)
    {
        Count("ignored_answers", ours.IgnoredAnswers, reference.GetProperty("ignored_answers").GetInt32());
        foreach (var measure in new[] { ours.Paraphrase, ours.Topic, ours.UseCase, ours.Multilingual })
        {
            var theirs = reference.GetProperty(measure.Name);
            Score(measure.Name, measure.Overall, theirs);
            // The reference lists cells whose groups are all singletons (mean null); we leave them out.
            var cells = theirs.GetProperty("breakdown").EnumerateArray().Where(c => c.GetProperty("mean").ValueKind != JsonValueKind.Null).ToList();
            Count(measure.Name + " cells", measure.Breakdown.Count, cells.Count);
            for (var i = 0; i < Math.Min(cells.Count, measure.Breakdown.Count); i++)
            {
                var keys = cells[i].GetProperty("keys").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);
                var label = $"{measure.Name} {string.Join(",", measure.Breakdown[i].Keys.Select(k => k.Key + "=" + k.Value))}";
                if (!keys.OrderBy(k => k.Key, StringComparer.Ordinal).SequenceEqual(measure.Breakdown[i].Keys.OrderBy(k => k.Key, StringComparer.Ordinal)))
                {
                    Problems.Add($"{label}: reference cell {i} is {string.Join(",", keys.Select(k => k.Key + "=" + k.Value))}");
                    continue;
                }

                Score(label, measure.Breakdown[i], cells[i]);
            }
        }
    }

    public void Similarity(SimilarityReport ours, JsonElement reference)
    {
        var results = reference.GetProperty("results").EnumerateArray().ToList();
        Count("conditions", ours.Conditions.Count, results.Count);
        for (var c = 0; c < Math.Min(results.Count, ours.Conditions.Count); c++)
        {
            var mine = ours.Conditions[c];
            var theirs = results[c];
            var label = mine.Condition?.Label ?? "";
            if (theirs.GetProperty("model").GetString() != mine.Condition?.Model)
            {
                Problems.Add($"condition {c}: ours {label}, reference {theirs.GetProperty("model")}");
                continue;
            }

            Count(label + " skipped", mine.SkippedQuestions, theirs.GetProperty("skipped_questions").GetInt32());
            var countries = theirs.GetProperty("countries").EnumerateArray().ToList();
            Count(label + " countries", mine.Countries.Count, countries.Count);
            for (var i = 0; i < Math.Min(countries.Count, mine.Countries.Count); i++)
            {
                var country = mine.Countries[i];
                var where = $"{label} {country.Country}";
                if (countries[i].GetProperty("country").GetString() != country.Country)
                {
                    Problems.Add($"{where}: reference has {countries[i].GetProperty("country")} at place {i + 1}");
                    continue;
                }

                Mean(where, country.Mean, countries[i].GetProperty("mean").GetDouble());
                Count(where + " rank", country.Rank, countries[i].GetProperty("rank").GetInt32());
                Interval(where, country.Ci95, countries[i].GetProperty("ci95"));
                var questions = countries[i].GetProperty("questions").EnumerateArray().ToList();
                Count(where + " questions", country.Questions.Count, questions.Count);
                for (var q = 0; q < Math.Min(questions.Count, country.Questions.Count); q++)
                {
                    Mean($"{where} {country.Questions[q].QuestionId}", country.Questions[q].Value, questions[q].GetProperty("value").GetDouble());
                }
            }
        }
    }

    public void Steerability(SteerabilityReport ours, JsonElement reference)
    {
        Count("skipped_portraits", ours.SkippedPortraits, reference.GetProperty("skipped_portraits").GetInt32());
        var scores = reference.GetProperty("scores").EnumerateArray().ToList();
        Count("scores", ours.Scores.Count, scores.Count);
        for (var i = 0; i < Math.Min(scores.Count, ours.Scores.Count); i++)
        {
            var mine = ours.Scores[i];
            var where = $"{mine.Condition.Label} {mine.Value}";
            if (scores[i].GetProperty("value").GetString() != mine.Value || scores[i].GetProperty("model").GetString() != mine.Condition.Model
                || scores[i].GetProperty("language").GetString() != mine.Condition.Language)
            {
                Problems.Add($"{where}: reference score {i} is {scores[i].GetProperty("model")} {scores[i].GetProperty("language")} {scores[i].GetProperty("value")}");
                continue;
            }

            Count(where + " rank", mine.Rank, scores[i].GetProperty("rank").GetInt32());
            Count(where + " portraits", mine.Portraits, scores[i].GetProperty("portraits").GetInt32());
            foreach (var (steering, mean) in mine.MeanDistances)
            {
                Mean($"{where} {steering}", mean, scores[i].GetProperty("mean_distances").GetProperty(steering).GetDouble());
            }
        }
    }

    public string Summary() => string.Create(CultureInfo.InvariantCulture,
        $"{Compared} numbers compared, max |Δ mean| {MaxMeanDelta:0.0e+0}, max |Δ CI end| {MaxCiDelta:0.0000}, {Problems.Count} disagreements");

    private void Score(string where, MeasureScore? mine, JsonElement theirs)
    {
        var mean = theirs.GetProperty("mean");
        if (mine is null || mean.ValueKind == JsonValueKind.Null)
        {
            if ((mine is null) != (mean.ValueKind == JsonValueKind.Null))
            {
                Problems.Add($"{where}: ours {(mine is null ? "null" : "a score")}, reference mean {mean}");
            }

            return;
        }

        Mean(where, mine.Mean, mean.GetDouble());
        Count(where + " groups", mine.Groups, theirs.GetProperty("groups").GetInt32());
        Count(where + " members", mine.Members, theirs.GetProperty("members").GetInt32());
        Count(where + " singletons", mine.Singletons, theirs.GetProperty("singletons").GetInt32());
        Interval(where, mine.Ci95, theirs.GetProperty("ci95"));
    }

    private void Mean(string where, double mine, double theirs)
    {
        Compared++;
        var delta = Math.Abs(mine - theirs);
        MaxMeanDelta = Math.Max(MaxMeanDelta, delta);
        if (!(delta <= Exact))
        {
            Problems.Add(string.Create(CultureInfo.InvariantCulture, $"{where}: ours {mine:R}, reference {theirs:R}"));
        }
    }

    private void Interval(string where, ConfidenceInterval mine, JsonElement theirs)
    {
        if (theirs.ValueKind == JsonValueKind.Null)
        {
            Problems.Add($"{where}: reference CI null, ours [{mine.Low}, {mine.High}]");
            return;
        }

        Compared += 2;
        var low = Math.Abs(mine.Low - theirs[0].GetDouble());
        var high = Math.Abs(mine.High - theirs[1].GetDouble());
        MaxCiDelta = Math.Max(MaxCiDelta, Math.Max(low, high));
        if (!(low <= CiTolerance && high <= CiTolerance))
        {
            Problems.Add(string.Create(CultureInfo.InvariantCulture, $"{where}: CI ours [{mine.Low:0.#####}, {mine.High:0.#####}], reference [{theirs[0].GetDouble():0.#####}, {theirs[1].GetDouble():0.#####}]"));
        }
    }

    private void Count(string where, int mine, int theirs)
    {
        Compared++;
        if (mine != theirs)
        {
            Problems.Add($"{where}: ours {mine}, reference {theirs}");
        }
    }
}
