using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ValueAtlas.Curation.Surveys.Import;

/// <summary>
/// GlobalOpinionQA has no question ids, and the same wording recurs with other options, so a question is named by
/// its text and options: <c>goqa:</c> + the first 12 hex digits of SHA-256 over the UTF-8 of the question text and
/// each option text, joined by U+001F (a character neither holds). Both layouts of the file give the same id.
/// </summary>
public static class GoqaQuestionId
{
    public const string Source = "goqa";

    public static string For(string question, IReadOnlyList<string> options)
    {
        var text = string.Join('\u001f', options.Prepend(question));
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text));
        return Source + ":" + Convert.ToHexStringLower(hash)[..12];
    }

    /// <summary>
    /// An option as text. Some option lists hold numbers (the points of a 1–10 scale); the JSON layout writes 1.0 and the
    /// repr 1.0 or 1, so a number is written in its shortest form ("1", "2.5") and both layouts agree.
    /// </summary>
    public static string OptionText(object? option) => option switch
    {
        string text => text,
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        bool flag => flag ? "True" : "False",
        null => "None",
        _ => throw new ArgumentException($"an option is a string or a number, not {option.GetType().Name}", nameof(option)),
    };
}
