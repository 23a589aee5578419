using System.Text.RegularExpressions;
using ValueAtlas.FakeLlm;

namespace ValueAtlas.Cli.Tests.Evaluate;

/// <summary>
/// A model with a taste: of the options shown last in the prompt it prefers the one whose text sorts first, with
/// probability 0.7 on its letter, whatever letter that is; the rest share 0.3. Open questions get a paragraph. The
/// preference follows the options, so a correct run's distribution puts 0.7 on that option in every order.
/// </summary>
internal static partial class LetterScript
{
    public const double Preferred = 0.7;

    public const string Paragraph = "I lean towards supporting it, although the other side has serious arguments.";

    public static FakeReply Respond(RecordedRequest request)
    {
        var prompt = request.LastUserMessage ?? "";
        var options = LastOptions(prompt);
        if (options.Count == 0)
        {
            return FakeReply.Text(Paragraph);
        }

        var preferred = options.OrderBy(o => o.Text, StringComparer.Ordinal).First().Letter;
        var json = request.Json!;
        var wantsLogprobs = json["top_logprobs"] is not null || json["logprobs"] is { } l && l.GetValueKind() == System.Text.Json.JsonValueKind.Number;
        if (!wantsLogprobs)
        {
            return FakeReply.Text(preferred);
        }

        var rest = (1 - Preferred) / (options.Count - 1);
        var top = new List<(string Token, double Logprob)> { (preferred, Math.Log(Preferred)) };
        top.AddRange(options.Where(o => o.Letter != preferred).Select(o => (" " + o.Letter, Math.Log(rest))));
        return FakeReply.WithLogprobs(preferred, [top]);
    }

    /// <summary>The last run of lettered lines ("A. text" or "(A) text"): a few-shot prefix's examples come before it.</summary>
    public static List<(string Letter, string Text)> LastOptions(string prompt)
    {
        var groups = new List<List<(string, string)>>();
        List<(string, string)>? current = null;
        foreach (var line in prompt.Split('\n'))
        {
            var match = Option().Match(line);
            if (match.Success)
            {
                current ??= [];
                current.Add((match.Groups["letter"].Value, match.Groups["text"].Value.Trim()));
            }
            else if (current is not null)
            {
                groups.Add(current);
                current = null;
            }
        }

        if (current is not null)
        {
            groups.Add(current);
        }

        return groups.Count == 0 ? [] : groups[^1];
    }

    [GeneratedRegex(@"^\s*\(?(?<letter>[A-Z])[\.\)]\)?\s+(?<text>.+)$")]
    private static partial Regex Option();
}
