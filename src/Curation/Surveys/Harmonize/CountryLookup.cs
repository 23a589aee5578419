using ValueAtlas.Core.Domain;
using ValueAtlas.Curation.Surveys.Crosswalks;
using ValueAtlas.Curation.Surveys.Sources;

namespace ValueAtlas.Curation.Surveys.Harmonize;

/// <summary>
/// The country of a row in one file, by the crosswalk's rule (country.codes) with country.map winning. Each distinct
/// code is mapped once and cached; the result is an ISO alpha-2 code, or null for a code that maps to nothing.
/// </summary>
public sealed class CountryLookup
{
    private readonly CrosswalkCountry _rule;
    private readonly CountryRegistry _registry;
    private readonly Dictionary<string, string> _map = new(StringComparer.Ordinal);
    private readonly SurveyVariable _variable;
    private readonly Dictionary<double, string?> _numbers = [];
    private readonly Dictionary<string, string?> _texts = new(StringComparer.Ordinal);

    public CountryLookup(CrosswalkCountry rule, CountryRegistry registry, SurveyVariable variable)
    {
        _rule = rule;
        _registry = registry;
        _variable = variable;
        foreach (var (code, alpha2) in rule.Map ?? [])
        {
            _map[SourceCode.Normalize(code)] = registry.TryGet(alpha2, out var country) ? country.Alpha2 : alpha2.Trim().ToUpperInvariant();
        }
    }

    /// <summary>The alpha-2 code of the current row's country, or null; <paramref name="code"/> is the source code as text.</summary>
    public string? Resolve(ISurveyFile file, int variable, out string code)
    {
        string? alpha2;
        switch (file.Cell(variable, out var number))
        {
            case SurveyCell.Number:
                if (!_numbers.TryGetValue(number, out alpha2))
                {
                    alpha2 = Map(SourceCode.Of(number), number);
                    _numbers.Add(number, alpha2);
                }

                code = alpha2 is null ? SourceCode.Of(number) : "";
                return alpha2;
            case SurveyCell.Text:
                code = file.Text(variable);
                if (!_texts.TryGetValue(code, out alpha2))
                {
                    alpha2 = Map(code, null);
                    _texts.Add(code, alpha2);
                }

                return alpha2;
            default:
                code = "";
                return null;
        }
    }

    /// <summary>The file's value label of a country code, for reports.</summary>
    public string? Label(string code) => _variable.ValueLabels.TryGetValue(code, out var label) ? label : null;

    private string? Map(string code, double? number)
    {
        if (_map.TryGetValue(code, out var mapped))
        {
            return mapped;
        }

        Country? country = null;
        var found = _rule.Codes switch
        {
            CountryCodes.IsoNumeric => number is { } n && n == Math.Floor(n) && n is >= 0 and < 1000 && _registry.TryGetNumeric((int)n, out country),
            CountryCodes.IsoAlpha2 => code.Length == 2 && _registry.TryGet(code, out country),
            CountryCodes.IsoAlpha3 => code.Length == 3 && _registry.TryGet(code, out country),
            CountryCodes.Names => _registry.TryFind(code, out country),
            CountryCodes.ValueLabels => Label(code) is { } label && _registry.TryFind(label, out country),
            _ => false,
        };
        return found ? country!.Alpha2 : null;
    }
}
