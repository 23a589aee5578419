using System.Globalization;
using System.Text.RegularExpressions;

namespace ValueAtlas.Cli.Commands;

/// <summary>
/// The bad lines of a JSONL input, said so that a file of the wrong kind does not print a thousand identical
/// lines: lines that are all bad the same way become one line with the count; a few different problems are
/// each listed.
/// </summary>
internal static partial class BadLines
{
    private const int Listed = 10;

    /// <param name="bad">Each bad line as where (<c>file:line</c>) and its problem.</param>
    /// <param name="lines">How many lines the file has.</param>
    /// <param name="expected">What a line should be, for the hint when none is (<c>an item</c>).</param>
    public static string Describe(IReadOnlyList<(string Where, string Problem)> bad, int lines, string expected)
    {
        ArgumentOutOfRangeException.ThrowIfZero(bad.Count);
        var hint = bad.Count == lines ? $"; no line is {expected}: is this the right file?" : "";
        if (bad.Count > 1 && bad.All(b => Kind(b.Problem) == Kind(bad[0].Problem)))
        {
            return $"{bad[0].Where}: {bad[0].Problem} ({bad.Count} of {lines} lines are bad this way, the first shown{hint})";
        }

        var listed = bad.Take(Listed).Select(b => $"{b.Where}: {b.Problem}");
        var more = bad.Count > Listed ? [$"… and {bad.Count - Listed} more bad lines of {lines}{hint}"] : Array.Empty<string>();
        return string.Join('\n', listed.Concat(more));
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

        if (NotConvertible().Match(reason) is { Success: true } wrong)
        {
            var path = wrong.Groups["path"].Value;
            return path == "$" ? "expected a JSON object" : $"'{path.TrimStart('$', '.')}' has the wrong kind of value";
        }

        var plain = Position().Replace(reason, m => $" (byte {int.Parse(m.Groups["byte"].Value, CultureInfo.InvariantCulture) + 1})");
        return DotnetType().Replace(plain, "a record");
    }

    // Lines of another format fail alike but each quotes its own text and position.
    private static string Kind(string problem) => Quoted().Replace(problem, "…");

    [GeneratedRegex(@"'[^']*'|\(byte \d+\)|\d+")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"^The property or field '(?<field>[^']+)' on type '[^']+' doesn't allow setting null values")]
    private static partial Regex NullField();

    [GeneratedRegex(@"^JSON deserialization for type '[^']+' was missing required properties(, including the following)?: (?<fields>.*)$")]
    private static partial Regex MissingFields();

    [GeneratedRegex(@"^The JSON value could not be converted to [\w.`\[\], ]+\. Path: (?<path>\S+)")]
    private static partial Regex NotConvertible();

    [GeneratedRegex(@" ?Path: \S+ \| LineNumber: \d+ \| BytePositionInLine: (?<byte>\d+)\.")]
    private static partial Regex Position();

    [GeneratedRegex(@"(type )?'ValueAtlas\.[\w.`\[\]]+'")]
    private static partial Regex DotnetType();
}
