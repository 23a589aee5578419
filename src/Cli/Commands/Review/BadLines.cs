using System.Text.RegularExpressions;
using ValueAtlas.Core.Artifacts;

namespace ValueAtlas.Cli.Commands.Review;

/// <summary>
/// One line about the bad lines of a JSONL input: the first one's problem and how many there are. A file of
/// the wrong kind makes every line bad the same way, and a thousand identical lines hide what to do.
/// </summary>
internal static partial class BadLines
{
    public static string Summary(IReadOnlyList<JsonlError> errors, int lines, string expected)
    {
        var first = errors[0];
        var count = errors.Count == 1 ? "1 bad line" : $"{errors.Count} bad lines";
        var hint = errors.Count == lines ? $"; no line is {expected}: is this the right file?" : "";
        return $"{first.File}:{first.Line}: {Plain(first.Reason)} ({count} of {lines}, the first shown{hint})";
    }

    /// <summary>System.Text.Json's reason in the file's terms: the field, not the .NET type or the reader's position.</summary>
    public static string Plain(string reason)
    {
        if (NullField().Match(reason) is { Success: true } field)
        {
            return $"field '{field.Groups["field"].Value}' is missing or null";
        }

        if (MissingFields().Match(reason) is { Success: true } missing)
        {
            return $"missing required field(s): {missing.Groups["fields"].Value.TrimEnd('.')}";
        }

        var plain = Position().Replace(reason, "");
        return DotnetType().Replace(plain, "a record");
    }

    [GeneratedRegex(@"^The property or field '(?<field>[^']+)' on type '[^']+' doesn't allow setting null values")]
    private static partial Regex NullField();

    [GeneratedRegex(@"^JSON deserialization for type '[^']+' was missing required properties(, including the following)?: (?<fields>.*)$")]
    private static partial Regex MissingFields();

    [GeneratedRegex(@" ?Path: \S+ \| LineNumber: \d+ \| BytePositionInLine: \d+\.")]
    private static partial Regex Position();

    [GeneratedRegex(@"(type )?'ValueAtlas\.[\w.`\[\]]+'")]
    private static partial Regex DotnetType();
}
