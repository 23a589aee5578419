using System.Text.RegularExpressions;

namespace ValueAtlas.Generation.Import;

/// <summary>A PVQ-21 file of the ValueConsistency data, <c>pvq_{language}.jsonl</c>, and the language its name says.</summary>
public sealed partial record PvqFile(string Path, string Language)
{
    private static readonly Dictionary<string, string> Languages = new(StringComparer.Ordinal)
    {
        ["english"] = "en",
        ["chinese"] = "zh",
        ["german"] = "de",
        ["japanese"] = "ja",
        ["korean"] = "ko",
    };

    /// <summary>Each path a PVQ file, or a folder whose <c>pvq_*.jsonl</c> files are taken in name order.</summary>
    /// <exception cref="FileNotFoundException">A path is missing, or a folder holds no PVQ file.</exception>
    /// <exception cref="InvalidDataException">A file's name does not say its language.</exception>
    public static IReadOnlyList<PvqFile> Discover(IEnumerable<string> paths)
    {
        var files = new List<PvqFile>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var found = Directory.GetFiles(path, "pvq_*.jsonl").Order(StringComparer.Ordinal).Select(Parse).OfType<PvqFile>().ToList();
                files.AddRange(found.Count > 0 ? found : throw new FileNotFoundException($"{path}: no PVQ files (pvq_{{english|chinese|german|japanese|korean}}.jsonl)"));
            }
            else if (!File.Exists(path))
            {
                throw new FileNotFoundException($"{path}: no such file", path);
            }
            else
            {
                files.Add(Parse(path) ?? throw new InvalidDataException(
                    $"{path}: a PVQ file is named pvq_{{english|chinese|german|japanese|korean}}.jsonl, which says its language"));
            }
        }

        return files;
    }

    public static PvqFile? Parse(string path)
    {
        var match = NamePattern().Match(System.IO.Path.GetFileName(path));
        return match.Success && Languages.TryGetValue(match.Groups[1].Value, out var language) ? new PvqFile(path, language) : null;
    }

    [GeneratedRegex("^pvq_([a-z]+)\\.jsonl$")]
    private static partial Regex NamePattern();
}
