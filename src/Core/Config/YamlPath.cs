namespace ValueAtlas.Core.Config;

/// <summary>Dotted YAML paths as users read them: <c>models.exaone.max_concurrency</c>, <c>items[2].name</c>.</summary>
public static class YamlPath
{
    public static string Child(string parent, string key) =>
        parent.Length == 0 ? key : $"{parent}.{key}";

    public static string Item(string parent, int index) => $"{parent}[{index}]";

    public static string Join(IEnumerable<string> segments)
    {
        var path = "";
        foreach (var segment in segments)
        {
            path = segment.StartsWith('[') ? path + segment : Child(path, segment);
        }

        return path;
    }

    /// <summary>The path one level up, or "" at the top.</summary>
    public static string Parent(string path)
    {
        var cut = path.LastIndexOfAny(['.', '[']);
        return cut < 0 ? "" : path[..cut];
    }

    /// <summary>Whether <paramref name="path"/> is one of <paramref name="roots"/> or lies below one of them.</summary>
    public static bool IsWithin(string path, IEnumerable<string> roots) =>
        roots.Any(r => path == r || path.StartsWith(r + ".", StringComparison.Ordinal) || path.StartsWith(r + "[", StringComparison.Ordinal));
}
