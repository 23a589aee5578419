using System.Globalization;
using ValueAtlas.Evaluation.Report.Model;

namespace ValueAtlas.Cli.Commands.Report;

/// <summary>The <c>valueatlas report</c> command line that rebuilds a report: every setting spelled out, folders as given.</summary>
internal static class ReportCommandLine
{
    public static string Of(
        IReadOnlyList<string> results, string? surveys, string output, string title, string lang, string measure, string logBase, ReportSettings settings)
    {
        var parts = new List<string> { "valueatlas", "report" };
        foreach (var folder in results)
        {
            parts.AddRange(["--results", Quote(folder)]);
        }

        if (surveys is not null)
        {
            parts.AddRange(["--surveys", Quote(surveys)]);
        }

        parts.AddRange(
        [
            "--out", Quote(output), "--title", Quote(title), "--lang", lang, "--measure", measure, "--log-base", logBase,
            "--resamples", settings.Resamples.ToString(CultureInfo.InvariantCulture), "--seed", settings.Seed.ToString(CultureInfo.InvariantCulture),
        ]);
        return string.Join(' ', parts);
    }

    // POSIX shell quoting: plain words stay bare, anything else in single quotes.
    private static string Quote(string text) =>
        text.Length > 0 && text.All(c => char.IsAsciiLetterOrDigit(c) || c is '/' or '.' or '_' or '-' or ':' or '=' or ',')
            ? text
            : "'" + text.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
