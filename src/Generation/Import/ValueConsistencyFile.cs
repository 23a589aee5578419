using System.Text.RegularExpressions;

namespace ValueAtlas.Generation.Import;

/// <summary>What a ValueConsistency file name says: <c>{controversial|uncontroversial}_{language}_{country}.jsonl</c>.</summary>
public sealed partial record ValueConsistencyFile(string Path, bool Controversial, string Language, string Country)
{
    private static readonly Dictionary<string, string> Languages = new(StringComparer.Ordinal)
    {
        ["english"] = "en",
        ["chinese"] = "zh",
        ["german"] = "de",
        ["japanese"] = "ja",
    };

    private static readonly Dictionary<string, string> Countries = new(StringComparer.Ordinal)
    {
        ["us"] = "US",
        ["china"] = "CN",
        ["germany"] = "DE",
        ["japan"] = "JP",
    };

    /// <summary>The question files of a folder, by name; other files (PVQ items, validation sheets) are not questions.</summary>
    public static IReadOnlyList<ValueConsistencyFile> Discover(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"{folder}: no such folder");
        }

        var files = Directory.GetFiles(folder, "*.jsonl")
            .Order(StringComparer.Ordinal)
            .Select(Parse)
            .OfType<ValueConsistencyFile>()
            .ToList();
        return files.Count > 0
            ? files
            : throw new FileNotFoundException($"{folder}: no ValueConsistency question files ({{controversial|uncontroversial}}_{{language}}_{{country}}.jsonl)");
    }

    public static ValueConsistencyFile? Parse(string path)
    {
        var match = NamePattern().Match(System.IO.Path.GetFileName(path));
        if (!match.Success || !Languages.TryGetValue(match.Groups[2].Value, out var language) || !Countries.TryGetValue(match.Groups[3].Value, out var country))
        {
            return null;
        }

        return new ValueConsistencyFile(path, match.Groups[1].Value == "controversial", language, country);
    }

    [GeneratedRegex("^(controversial|uncontroversial)_([a-z]+)_([a-z]+)\\.jsonl$")]
    private static partial Regex NamePattern();
}
