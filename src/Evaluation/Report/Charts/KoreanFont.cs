namespace ValueAtlas.Evaluation.Report.Charts;

/// <summary>
/// NanumGothic for the charts: ScottPlot's default font (DejaVu) draws Hangul as boxes, and its automatic font choice
/// does no better. Found at run time in the usual font folders (Debian's fonts-nanum puts it under
/// /usr/share/fonts/truetype/nanum), registered with ScottPlot once.
/// </summary>
public static class KoreanFont
{
    public const string Family = "NanumGothic";

    /// <summary>The families SVG text asks for, NanumGothic first, so a browser without it still finds a Korean font.</summary>
    public const string SvgFallback = "NanumGothic, 'Nanum Gothic', 'Noto Sans KR', 'Noto Sans CJK KR', 'Apple SD Gothic Neo', 'Malgun Gothic', sans-serif";

    private const string FileName = "NanumGothic.ttf";

    private static readonly Lazy<string> Registered = new(Register, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Registers the font with ScottPlot (once) and returns its path.</summary>
    /// <exception cref="FileNotFoundException">No NanumGothic.ttf in any font folder: install fonts-nanum.</exception>
    public static string Ensure() => Registered.Value;

    /// <summary>Where NanumGothic.ttf is, or null.</summary>
    public static string? Find()
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return Find(
        [
            "/usr/share/fonts",
            "/usr/local/share/fonts",
            Path.Combine(home, ".local", "share", "fonts"),
            Path.Combine(home, ".fonts"),
            Environment.GetFolderPath(Environment.SpecialFolder.Fonts),
        ]);
    }

    /// <summary>The first NanumGothic.ttf (any case, any depth) under <paramref name="roots"/>, in order; null if none.</summary>
    internal static string? Find(IEnumerable<string> roots)
    {
        foreach (var root in roots.Where(r => r.Length > 0 && Directory.Exists(r)))
        {
            var found = Directory.EnumerateFiles(root, FileName, new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, MatchCasing = MatchCasing.CaseInsensitive })
                .Order(StringComparer.Ordinal)
                .FirstOrDefault();
            if (found is not null)
            {
                return found;
            }
        }

        return null;
    }

    private static string Register()
    {
        var path = Find() ?? throw new FileNotFoundException(
            $"{FileName} not found in the font folders (/usr/share/fonts, ~/.local/share/fonts, …): the charts need it for Korean text; install it with `apt-get install fonts-nanum` (scripts/setup.sh does)",
            FileName);
        ScottPlot.Fonts.AddFontFile(Family, path);
        return path;
    }
}
