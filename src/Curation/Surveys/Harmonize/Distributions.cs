using ValueAtlas.Curation.Surveys.Crosswalks;
using ValueAtlas.Curation.Surveys.Harmonize.Report;
using ValueAtlas.Curation.Surveys.Tables;

namespace ValueAtlas.Curation.Surveys.Harmonize;

/// <summary>
/// The distributions table from the tallies, by the rules of datasets/surveys/README.md: options share over valid_n,
/// missing codes over total_n, weighted shares the same with Σw, effective_n = (Σw)² / Σw² over valid answers.
/// </summary>
public sealed class Distributions
{
    private Distributions()
    {
    }

    public List<DistributionRow> Rows { get; } = [];

    public List<ReportCounts> Counts { get; } = [];

    public List<ReportPair> NotAsked { get; } = [];

    public List<ReportUnmappedCode> UnmappedCodes { get; } = [];

    public static Distributions From(Crosswalk crosswalk, IReadOnlyList<QuestionCodes> questions, IEnumerable<CountryTally> tallies)
    {
        var result = new Distributions();
        foreach (var tally in tallies.OrderBy(t => t.Country, StringComparer.Ordinal))
        {
            for (var q = 0; q < questions.Count; q++)
            {
                result.Add(crosswalk, crosswalk.Questions[q], questions[q], tally, q);
            }
        }

        return result;
    }

    private void Add(Crosswalk crosswalk, CrosswalkQuestion question, QuestionCodes codes, CountryTally tally, int q)
    {
        var questionId = crosswalk.QuestionId(question);
        var slots = codes.Slots;
        long valid = 0, total = 0, dropped = 0;
        double validW = 0, validW2 = 0, totalW = 0;
        var missing = new SortedDictionary<string, long>(StringComparer.Ordinal);
        for (var s = 0; s < slots.Count; s++)
        {
            var n = tally.N(q, s);
            if (slots[s].Kind == CodeKind.Dropped)
            {
                dropped += n;
                continue;
            }

            total += n;
            totalW += tally.W(q, s);
            if (slots[s].Kind == CodeKind.Option)
            {
                valid += n;
                validW += tally.W(q, s);
                validW2 += tally.W2(q, s);
            }
            else if (n > 0)
            {
                missing[slots[s].Meaning!] = missing.GetValueOrDefault(slots[s].Meaning!) + n;
            }
        }

        Counts.Add(new ReportCounts(questionId, tally.Country, total, valid, dropped, missing));

        // Listed even where the question has no valid answer in the country (and so no rows): never dropped silently.
        foreach (var s in Enumerable.Range(0, slots.Count).Where(s => slots[s].Kind == CodeKind.Unmapped && tally.N(q, s) > 0).OrderBy(s => slots[s], MissingOrder.Instance))
        {
            UnmappedCodes.Add(new ReportUnmappedCode(questionId, question.SourceVariable, tally.Country, slots[s].Code!, slots[s].Label, tally.N(q, s)));
        }

        if (valid == 0)
        {
            NotAsked.Add(new ReportPair(questionId, tally.Country));
            return;
        }

        double? effective = validW2 > 0 ? validW * validW / validW2 : null;
        for (var s = 0; s < slots.Count; s++)
        {
            if (slots[s].Kind == CodeKind.Option)
            {
                Rows.Add(Row(crosswalk, tally, questionId, slots[s], tally.N(q, s), tally.W(q, s), valid, validW, valid, total, effective));
            }
        }

        foreach (var s in Enumerable.Range(0, slots.Count).Where(s => slots[s].Kind is not (CodeKind.Option or CodeKind.Dropped) && tally.N(q, s) > 0).OrderBy(s => slots[s], MissingOrder.Instance))
        {
            Rows.Add(Row(crosswalk, tally, questionId, slots[s], tally.N(q, s), tally.W(q, s), total, totalW, valid, total, effective));
        }
    }

    private static DistributionRow Row(
        Crosswalk crosswalk, CountryTally tally, string questionId, CodeSlot slot, long n, double w, long of, double ofW, long valid, long total, double? effective) =>
        new(
            crosswalk.Source,
            crosswalk.Wave,
            tally.Country,
            questionId,
            slot.OptionIndex,
            slot.Code,
            slot.Label,
            slot.Kind != CodeKind.Option,
            slot.Meaning,
            n,
            w,
            (double)n / of,
            ofW > 0 ? w / ofW : null,
            valid,
            total,
            effective);
}
