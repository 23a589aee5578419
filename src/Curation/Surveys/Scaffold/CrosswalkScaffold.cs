using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ValueAtlas.Curation.Surveys.Crosswalks;
using ValueAtlas.Curation.Surveys.Sources;

namespace ValueAtlas.Curation.Surveys.Scaffold;

/// <summary>
/// A crosswalk skeleton from a survey file's own dictionary: country, weight and respondent id guessed by name,
/// missing codes the file declares on most questions lifted to the top with a guessed meaning, and one question per
/// labelled variable with its value labels as options. Everything guessed is marked "# check"; keys only a person
/// can fill (wave, codebook) are left blank so the crosswalk does not validate until they are.
/// </summary>
public static partial class CrosswalkScaffold
{
    public static string Write(string fileName, IReadOnlyList<SurveyVariable> variables)
    {
        var country = Pick(variables, CountryName());
        var weight = Pick(variables, WeightName());
        var id = Pick(variables, IdName());
        var special = new HashSet<string?>([country?.Name, weight?.Name, id?.Name]);
        var questions = variables.Where(v => !special.Contains(v.Name) && v.IsNumeric && v.ValueLabels.Count > 0).ToList();
        var shared = SharedMissing(questions);

        var yaml = new StringBuilder();
        var format = Path.GetExtension(fileName).TrimStart('.').ToLowerInvariant();
        yaml.AppendLine(CultureInfo.InvariantCulture, $"# Crosswalk skeleton written by `valueatlas harmonize scaffold {Path.GetFileName(fileName)}`.");
        yaml.AppendLine("# Fill in wave and codebook, check every line marked \"# check\", delete the questions you do not harmonize,");
        yaml.AppendLine("# and add Korean wording (text.ko + text.ko_origin). The format: datasets/surveys/README.md.");
        yaml.AppendLine(CultureInfo.InvariantCulture, $"source: {Quote(SourceId(fileName))}");
        yaml.AppendLine("wave: \"\"        # fill in");
        yaml.AppendLine("codebook: \"\"    # fill in: the codebook (and version) you checked this mapping against");
        yaml.AppendLine(CultureInfo.InvariantCulture, $"formats: [{format}]");
        yaml.AppendLine("country:");
        yaml.AppendLine(CultureInfo.InvariantCulture, $"  variable: {Quote(country?.Name ?? "")}{(country is null ? "   # fill in: no variable looks like the country" : "   # check")}");
        yaml.AppendLine(CultureInfo.InvariantCulture, $"  codes: {(country is { ValueLabels.Count: > 0 } ? CountryCodes.ValueLabels : CountryCodes.IsoNumeric)}   # check: {string.Join(" | ", CountryCodes.All)}");
        yaml.AppendLine(weight is null ? "# weight: none found; name the weight variable here if the source has one" : $"weight: {Quote(weight.Name)}   # check");
        yaml.AppendLine(CultureInfo.InvariantCulture, $"respondent_id: {Quote(id?.Name ?? "")}{(id is null ? "   # fill in" : "   # check")}");
        if (shared.Count > 0)
        {
            yaml.AppendLine("missing:   # declared missing on most questions; meanings guessed from the value labels: check");
            foreach (var (code, label) in shared)
            {
                AppendMissing(yaml, "  ", code, label);
            }
        }

        yaml.AppendLine(questions.Count == 0 ? "questions: []   # no labelled numeric variable found" : "questions:");
        foreach (var question in questions)
        {
            AppendQuestion(yaml, question, shared.Select(s => s.Code).ToHashSet());
        }

        return yaml.ToString();
    }

    private static void AppendQuestion(StringBuilder yaml, SurveyVariable variable, HashSet<string> shared)
    {
        var labels = InCodeOrder(variable);
        var missing = labels.Where(l => IsMissing(variable, l.Key)).ToList();
        var options = labels.Where(l => !IsMissing(variable, l.Key)).ToList();
        var ordinal = options.Count >= 3;
        yaml.AppendLine(CultureInfo.InvariantCulture, $"  - id: {Quote(variable.Name)}");
        yaml.AppendLine(CultureInfo.InvariantCulture, $"    text: {{ en: {Quote(variable.Label ?? variable.Name)} }}");
        yaml.AppendLine(CultureInfo.InvariantCulture, $"    ordinal: {(ordinal ? "true" : "false")}   # check");
        yaml.AppendLine("    options:");
        foreach (var (code, label) in options)
        {
            var position = ordinal ? $", position: {code}" : "";
            yaml.AppendLine(CultureInfo.InvariantCulture, $"      - {{ codes: [{Quote(code)}], en: {Quote(label)}{position} }}");
        }

        var own = missing.Where(m => !shared.Contains(m.Key)).ToList();
        if (own.Count > 0)
        {
            yaml.AppendLine("    missing:");
            foreach (var (code, label) in own)
            {
                AppendMissing(yaml, "      ", code, label);
            }
        }
    }

    private static void AppendMissing(StringBuilder yaml, string indent, string code, string label) =>
        yaml.AppendLine(CultureInfo.InvariantCulture, $"{indent}- {{ code: {Quote(code)}, meaning: {MissingGuess.Meaning(label)}, label: {Quote(label)} }}");

    /// <summary>Missing codes (with a label) that at least half of the questions declare.</summary>
    private static List<(string Code, string Label)> SharedMissing(IReadOnlyList<SurveyVariable> questions)
    {
        var counts = questions
            .SelectMany(q => q.ValueLabels.Where(l => IsMissing(q, l.Key)))
            .GroupBy(l => l.Key, StringComparer.Ordinal)
            .Where(g => g.Count() * 2 >= questions.Count)
            .Select(g => (Code: g.Key, Label: g.GroupBy(l => l.Value).OrderByDescending(v => v.Count()).First().Key));
        return [.. counts.OrderBy(c => double.TryParse(c.Code, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n : double.MaxValue)];
    }

    private static bool IsMissing(SurveyVariable variable, string code) =>
        double.TryParse(code, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? variable.Missing.IsMissing(n) : variable.Missing.IsMissing(code);

    private static List<KeyValuePair<string, string>> InCodeOrder(SurveyVariable variable) =>
        [.. variable.ValueLabels
            .OrderBy(l => double.TryParse(l.Key, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n : double.MaxValue)
            .ThenBy(l => l.Key, StringComparer.Ordinal)];

    private static SurveyVariable? Pick(IReadOnlyList<SurveyVariable> variables, Regex name) =>
        variables.FirstOrDefault(v => name.IsMatch(v.Name));

    private static string SourceId(string fileName)
    {
        var slug = NotIdChars().Replace(Path.GetFileNameWithoutExtension(fileName).ToLowerInvariant(), "-").Trim('-');
        return slug.Length == 0 ? "survey" : slug;
    }

    /// <summary>YAML double-quoted scalar: JSON escaping is valid YAML, and Korean stays as written.</summary>
    private static string Quote(string text) =>
        System.Text.Json.JsonSerializer.Serialize(text, ScaffoldJson.Options);

    [GeneratedRegex("^(B_COUNTRY|COUNTRY|S003|V2|CNTRY|C_ALPHAN)$", RegexOptions.IgnoreCase)]
    private static partial Regex CountryName();

    [GeneratedRegex("^(W_WEIGHT|WEIGHT|WGHT|WT|W|S017|FINALWT|PWEIGHT)$", RegexOptions.IgnoreCase)]
    private static partial Regex WeightName();

    [GeneratedRegex("^(D_INTERVIEW|ID|IDNUMBER|RESPID|CASEID|QRID|PSRAID|S007)$", RegexOptions.IgnoreCase)]
    private static partial Regex IdName();

    [GeneratedRegex("[^a-z0-9_-]+")]
    private static partial Regex NotIdChars();
}
