using System.Globalization;
using System.Text;
using ValueAtlas.Curation.Surveys.Crosswalks;

namespace ValueAtlas.Cli.Tests;

/// <summary>
/// A pspp-made respondent file in a shipped source's layout, built from the source's own crosswalk: its country,
/// weight and id variables, every question variable with its options and missing codes as value labels (Korean where
/// the crosswalk has Korean), the declared missing values the source's files carry, and seeded random answers —
/// mostly options, some missing codes, a few system-missing — for respondents in several countries.
/// </summary>
internal sealed record HarmonizeShippedFixture(
    string CrosswalkFile,
    IReadOnlyList<(int Code, string Label)> Countries,
    int Korea,
    string DeclaredMissing,
    string Encoding = "UTF-8")
{
    private const int PerCountry = 40;

    private readonly Lazy<Crosswalk> _crosswalk = new(() => CrosswalkLoader.Load(RepoRoot.File("datasets", "surveys", CrosswalkFile)).Crosswalk);

    public Crosswalk Crosswalk => _crosswalk.Value;

    /// <summary>Writes the syntax, runs pspp and returns the .sav's path.</summary>
    public async Task<string> WriteAsync(TempDirectory directory, int seed)
    {
        directory.Write("fixture.sps", Syntax(new Random(seed)));
        // The syntax is UTF-8 whatever the file's encoding: SET LOCALE makes pspp write the dictionary in Encoding.
        await ExternalTool.RunAsync("pspp", directory.Path, "--syntax-encoding=UTF-8", "-O", "format=txt", "-o", "fixture.log", "fixture.sps");
        var log = File.ReadAllText(directory.File("fixture.log"));
        Assert.DoesNotContain("error:", log, StringComparison.OrdinalIgnoreCase);
        return directory.File("fixture.sav");
    }

    private string Syntax(Random random)
    {
        var c = Crosswalk;
        var questions = c.Questions;
        var text = new StringBuilder($"SET LOCALE='{Encoding}'.\n");
        text.Append(CultureInfo.InvariantCulture, $"DATA LIST LIST /{c.Country.Variable} (F6.0) {c.RespondentId} (F8.0)");
        if (c.Weight is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $" {c.Weight} (F8.4)");
        }

        foreach (var question in questions)
        {
            text.Append(CultureInfo.InvariantCulture, $" {question.SourceVariable} (F10.0)");
        }

        text.Append(".\nBEGIN DATA.\n");
        var id = 0;
        foreach (var (country, _) in Countries)
        {
            for (var i = 0; i < PerCountry; i++)
            {
                text.Append(CultureInfo.InvariantCulture, $"{country} {++id}");
                if (c.Weight is not null)
                {
                    text.Append(' ').Append((0.25 + random.NextDouble() * 2.25).ToString("F4", CultureInfo.InvariantCulture));
                }

                foreach (var question in questions)
                {
                    text.Append(' ').Append(Answer(question, random));
                }

                text.Append('\n');
            }
        }

        text.Append("END DATA.\n");
        text.Append(CultureInfo.InvariantCulture, $"VALUE LABELS {c.Country.Variable}");
        foreach (var (code, label) in Countries)
        {
            text.Append(CultureInfo.InvariantCulture, $" {code} {Quote(label)}");
        }

        foreach (var question in questions)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n  /{question.SourceVariable}");
            foreach (var option in question.Options)
            {
                foreach (var code in option.Codes)
                {
                    text.Append(CultureInfo.InvariantCulture, $" {code} {Quote(option.Ko ?? option.En)}");
                }
            }

            foreach (var missing in MissingOf(question))
            {
                text.Append(CultureInfo.InvariantCulture, $" {missing.Code} {Quote(missing.Label ?? missing.Meaning)}");
            }
        }

        text.Append(".\n");
        if (DeclaredMissing.Length > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"MISSING VALUES {string.Join(' ', questions.Select(q => q.SourceVariable))} ({DeclaredMissing}).\n");
        }

        text.Append("SAVE OUTFILE='fixture.sav' /COMPRESSED.\n");
        return text.ToString();
    }

    private IEnumerable<CrosswalkMissing> MissingOf(CrosswalkQuestion question) => (Crosswalk.Missing ?? []).Concat(question.Missing ?? []);

    private string Answer(CrosswalkQuestion question, Random random)
    {
        var roll = random.NextDouble();
        var missing = MissingOf(question).ToList();
        if (roll < 0.03)
        {
            return ".";
        }

        if (roll < 0.15 && missing.Count > 0)
        {
            return missing[random.Next(missing.Count)].Code;
        }

        var option = question.Options[random.Next(question.Options.Count)];
        return option.Codes[random.Next(option.Codes.Count)];
    }

    /// <summary>A pspp string literal; labels are cut to stay well under the .sav's value-label limit.</summary>
    private static string Quote(string label)
    {
        var cut = label.Length > 40 ? label[..40] : label;
        return "\"" + cut.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
