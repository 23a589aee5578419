using System.Text.RegularExpressions;

namespace ValueAtlas.Cli.Commands;

/// <summary>The framework's message about a file it could not open, with the common cause said plainly.</summary>
internal static partial class FileProblem
{
    public static string Describe(Exception exception)
    {
        // On Linux, opening a folder as a file reads "Access to the path '…' is denied", which sends people to chmod.
        if (QuotedPath().Match(exception.Message) is { Success: true } match && Directory.Exists(match.Groups["path"].Value))
        {
            return $"{match.Groups["path"].Value} is a folder; give a file";
        }

        return exception.Message;
    }

    [GeneratedRegex("'(?<path>[^']+)'")]
    private static partial Regex QuotedPath();
}
