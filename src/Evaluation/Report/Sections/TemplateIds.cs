namespace ValueAtlas.Evaluation.Report.Sections;

/// <summary>Evaluate's prompt template ids ("mc.ko@1a2b3c4d5e6f+persona.ko@…") split into template and text hash.</summary>
public static class TemplateIds
{
    public static IReadOnlyList<(string Template, string Hash)> Split(IEnumerable<string> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        return
        [
            .. ids.SelectMany(id => id.Split('+', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                .Distinct(StringComparer.Ordinal)
                .Select(part => part.Split('@', 2) is [var name, var hash] ? (name, hash) : (part, ""))
                .OrderBy(p => p.Item1, StringComparer.Ordinal).ThenBy(p => p.Item2, StringComparer.Ordinal),
        ];
    }
}
