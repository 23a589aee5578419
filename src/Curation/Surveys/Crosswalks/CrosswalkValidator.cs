using System.Text.RegularExpressions;
using ValueAtlas.Core.Domain;

namespace ValueAtlas.Curation.Surveys.Crosswalks;

/// <summary>
/// The rules of a crosswalk file, each naming the YAML path it is about. They need no data file: whether the
/// variables exist is checked when harmonize opens the file.
/// </summary>
public static partial class CrosswalkValidator
{
    private static readonly string[] FileFormats = ["sav", "zsav", "csv", "dta"];

    public static IEnumerable<(string Path, string Message)> Problems(Crosswalk crosswalk, CountryRegistry? countries = null)
    {
        countries ??= CountryRegistry.BuiltIn;
        var problems = new List<(string, string)>();
        Header(crosswalk, problems);
        Country(crosswalk.Country ?? new CrosswalkCountry(), countries, problems);
        var sourceMissing = MissingList(crosswalk.Missing, "missing", problems);
        if ((crosswalk.Questions ?? []).Count == 0)
        {
            problems.Add(("questions", "list at least one question (id, text, ordinal, options)"));
        }

        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < (crosswalk.Questions ?? []).Count; i++)
        {
            var path = $"questions[{i}]";
            var question = crosswalk.Questions![i];
            if (question is null)
            {
                problems.Add((path, "is empty: a question needs id, text, ordinal and options"));
                continue;
            }

            if (!string.IsNullOrWhiteSpace(question.Id) && !ids.TryAdd(question.Id, i))
            {
                problems.Add(($"{path}.id", $"'{question.Id}' is already the id of questions[{ids[question.Id]}]"));
            }

            Question(question, path, sourceMissing, problems);
        }

        return problems;
    }

    private static void Header(Crosswalk crosswalk, List<(string, string)> problems)
    {
        if (string.IsNullOrWhiteSpace(crosswalk.Source))
        {
            problems.Add(("source", "is missing: the source id, e.g. wvs7 (question ids become wvs7:Q27)"));
        }
        else if (!SourceId().IsMatch(crosswalk.Source))
        {
            problems.Add(("source", $"'{crosswalk.Source}' must be lower-case letters, digits, '-' or '_', starting with a letter or digit"));
        }

        if (string.IsNullOrWhiteSpace(crosswalk.Wave))
        {
            problems.Add(("wave", "is missing: the wave or year of this source, e.g. \"7\" or \"2019\""));
        }

        if (string.IsNullOrWhiteSpace(crosswalk.Codebook))
        {
            problems.Add(("codebook", "is missing: name the codebook (and its version) this mapping was checked against"));
        }

        for (var i = 0; i < (crosswalk.Formats ?? []).Count; i++)
        {
            if (!FileFormats.Contains(crosswalk.Formats![i]))
            {
                problems.Add(($"formats[{i}]", $"'{crosswalk.Formats[i]}' is not a format harmonize reads ({string.Join(", ", FileFormats)})"));
            }
        }

        if (string.IsNullOrWhiteSpace(crosswalk.RespondentId))
        {
            problems.Add(("respondent_id", "is missing: the variable that identifies a respondent"));
        }

        if (crosswalk.Weight is { } weight && weight.Trim().Length == 0)
        {
            problems.Add(("weight", "is blank: name the weight variable, or leave the key out for an unweighted source"));
        }
    }

    private static void Country(CrosswalkCountry country, CountryRegistry countries, List<(string, string)> problems)
    {
        if (string.IsNullOrWhiteSpace(country.Variable))
        {
            problems.Add(("country.variable", "is missing: the variable that holds the country"));
        }

        if (!CountryCodes.All.Contains(country.Codes))
        {
            problems.Add(("country.codes", $"'{country.Codes}' must be one of {string.Join(", ", CountryCodes.All)}"));
        }
        else if (country.Codes == CountryCodes.Map && (country.Map ?? []).Count == 0)
        {
            problems.Add(("country.map", "codes: map needs a map of source code → ISO alpha-2 code"));
        }

        foreach (var (code, alpha2) in country.Map ?? [])
        {
            if (!countries.TryGet(alpha2, out var found) || !string.Equals(found.Alpha2, alpha2.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                problems.Add(($"country.map.{code}", $"'{alpha2}' is not an ISO 3166-1 alpha-2 code in datasets/countries.yaml"));
            }
        }
    }

    /// <summary>Checks a missing-code list and returns its normalized codes.</summary>
    private static HashSet<string> MissingList(List<CrosswalkMissing>? list, string path, List<(string, string)> problems)
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < (list ?? []).Count; i++)
        {
            var entry = list![i];
            var at = $"{path}[{i}]";
            if (entry is null || string.IsNullOrWhiteSpace(entry.Code))
            {
                problems.Add(($"{at}.code", "is missing: the source code, e.g. -1"));
                continue;
            }

            if (!codes.Add(SourceCode.Normalize(entry.Code)))
            {
                problems.Add(($"{at}.code", $"code {entry.Code} is listed twice"));
            }

            if (!MissingMeanings.Written.Contains(entry.Meaning))
            {
                problems.Add(($"{at}.meaning", $"'{entry.Meaning}' must be one of {string.Join(", ", MissingMeanings.Written)}"));
            }
        }

        return codes;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9_-]*$")]
    private static partial Regex SourceId();
}
