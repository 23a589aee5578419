using System.Globalization;
using ValueAtlas.Core.Domain;
using ValueAtlas.Curation.Surveys.Crosswalks;
using ValueAtlas.Curation.Surveys.Sources;
using ValueAtlas.Curation.Surveys.Tables;
using ValueAtlas.Formats.Tables;

namespace ValueAtlas.Curation.Surveys.Harmonize;

/// <summary>
/// Reads survey files one after another into one set of tallies: per row the country, the weight and each
/// question's slot. With a respondents sink, each kept row's answers are written as they are read.
/// </summary>
public sealed class HarmonizePass(CrosswalkFile crosswalkFile, CountryRegistry registry, IReadOnlySet<string>? countries, TableSink<RespondentRow>? respondents)
{
    private readonly Crosswalk _crosswalk = crosswalkFile.Crosswalk;
    private readonly Dictionary<string, int> _countryIndex = new(StringComparer.Ordinal);
    private readonly List<CountryTally> _tallies = [];
    private readonly Dictionary<string, UnmappedCountry> _unmappedCountries = new(StringComparer.Ordinal);

    public IReadOnlyList<QuestionCodes> Questions { get; } = Codes(crosswalkFile.Crosswalk);

    public IReadOnlyList<CountryTally> Tallies => _tallies;

    public IEnumerable<UnmappedCountry> UnmappedCountries => _unmappedCountries.Values;

    public long RowsRead { get; private set; }

    public long RowsOutsideCountries { get; private set; }

    /// <summary>Reads every row of <paramref name="file"/>; returns its row count.</summary>
    public async Task<long> ReadAsync(ISurveyFile file, CancellationToken cancellationToken)
    {
        var variables = FileVariables.Resolve(crosswalkFile, file);
        foreach (var question in Questions)
        {
            question.StartFile();
        }

        var lookup = new CountryLookup(_crosswalk.Country, registry, file.Variables[variables.Country]);
        var questionVariables = variables.Questions.ToArray();
        var slots = new int[questionVariables.Length];
        var byCode = new Dictionary<string, CountryTally?>(StringComparer.Ordinal);
        long rows = 0;
        while (file.Next())
        {
            rows++;
            if ((rows & 0x3ff) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var weight = Weight(file, variables.Weight, out var note);
            var alpha2 = lookup.Resolve(file, variables.Country, out var code);
            if (alpha2 is null)
            {
                Unmapped(code, lookup.Label(code));
                continue;
            }

            if (!byCode.TryGetValue(alpha2, out var tally))
            {
                tally = countries is null || countries.Contains(alpha2) ? Tally(alpha2) : null;
                byCode.Add(alpha2, tally);
            }

            if (tally is null)
            {
                RowsOutsideCountries++;
                continue;
            }

            tally.Rows++;
            if (note == WeightNote.SystemMissing)
            {
                tally.WeightMissing++;
            }
            else if (note == WeightNote.Zero)
            {
                tally.WeightZero++;
            }

            Count(file, questionVariables, slots, tally, weight);
            if (respondents is not null)
            {
                await RespondentsAsync(respondents, file, variables.RespondentId, alpha2, slots, weight, cancellationToken).ConfigureAwait(false);
            }
        }

        RowsRead += rows;
        return rows;
    }

    private static List<QuestionCodes> Codes(Crosswalk crosswalk)
    {
        var sourceMissing = new Dictionary<string, CrosswalkMissing>(StringComparer.Ordinal);
        foreach (var missing in crosswalk.Missing ?? [])
        {
            sourceMissing.TryAdd(SourceCode.Normalize(missing.Code), missing);
        }

        return [.. crosswalk.Questions.Select(q => new QuestionCodes(q, sourceMissing))];
    }

    private void Count(ISurveyFile file, int[] questionVariables, int[] slots, CountryTally tally, double weight)
    {
        var questions = Questions;
        for (var q = 0; q < questionVariables.Length; q++)
        {
            var slot = questions[q].SlotOf(file, questionVariables[q]);
            slots[q] = slot;
            tally.Add(q, slot, weight);
        }
    }

    /// <summary>The row's weight (1 for an unweighted source); a negative or non-numeric one stops the run.</summary>
    private double Weight(ISurveyFile file, int? variable, out WeightNote note)
    {
        note = WeightNote.None;
        if (variable is not { } index)
        {
            return 1;
        }

        switch (file.Cell(index, out var weight))
        {
            case SurveyCell.Empty:
                note = WeightNote.SystemMissing;
                return 0;
            case SurveyCell.Number when weight > 0:
                return weight;
            case SurveyCell.Number when weight == 0:
                note = WeightNote.Zero;
                return 0;
            case SurveyCell.Number:
                throw new SurveyDataException(file.Path, file.Row, string.Create(CultureInfo.InvariantCulture, $"weight {_crosswalk.Weight} is {weight}; a weight must be 0 or more (0 and empty count the respondent with weight 0)"));
            case SurveyCell.Text when file.Variables[index].Missing.IsMissing(file.Text(index)):
                // A declared missing code that is not a number (Stata's .a–.z): no weight, like an empty cell.
                note = WeightNote.SystemMissing;
                return 0;
            default:
                throw new SurveyDataException(file.Path, file.Row, $"weight {_crosswalk.Weight} is '{file.Text(index)}', not a number");
        }
    }

    private void Unmapped(string code, string? label)
    {
        _unmappedCountries[code] = _unmappedCountries.TryGetValue(code, out var seen)
            ? seen with { Rows = seen.Rows + 1 }
            : new UnmappedCountry(code, label, 1);
    }

    private CountryTally Tally(string alpha2)
    {
        if (!_countryIndex.TryGetValue(alpha2, out var index))
        {
            index = _tallies.Count;
            _countryIndex.Add(alpha2, index);
            _tallies.Add(new CountryTally(alpha2, Questions));
        }

        return _tallies[index];
    }

    private async Task RespondentsAsync(TableSink<RespondentRow> sink, ISurveyFile file, int idVariable, string country, int[] slots, double weight, CancellationToken cancellationToken)
    {
        var id = file.Text(idVariable);
        for (var q = 0; q < slots.Length; q++)
        {
            var slot = Questions[q].Slots[slots[q]];
            if (slot.Kind == CodeKind.Dropped)
            {
                continue;
            }

            await sink.AddAsync(
                new RespondentRow(
                    _crosswalk.Source,
                    _crosswalk.Wave,
                    country,
                    id,
                    _crosswalk.QuestionId(_crosswalk.Questions[q]),
                    slot.OptionIndex,
                    slot.Kind == CodeKind.Option ? null : slot.Code,
                    weight),
                cancellationToken).ConfigureAwait(false);
        }
    }
}
