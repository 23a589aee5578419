using System.Text;
using ValueAtlas.Curation.Review.Units;

namespace ValueAtlas.Curation.Review.Web;

/// <summary>
/// The annotator guidelines (review/guidelines/{kind}.{ko,en}.md), embedded at build time and
/// rendered once, so the page shows the guidelines of the build that stores the decisions.
/// </summary>
public sealed class GuidelineLibrary
{
    private readonly Dictionary<UnitKind, GuidelinePage> _pages;

    private GuidelineLibrary(Dictionary<UnitKind, GuidelinePage> pages) => _pages = pages;

    public static GuidelineLibrary Embedded() =>
        new(UnitKinds.All.ToDictionary(k => k, k => new GuidelinePage(UnitKinds.Name(k), Render(k, "ko"), Render(k, "en"))));

    public GuidelinePage For(UnitKind kind) => _pages[kind];

    /// <summary>The markdown source, for checks that the files say what the store enforces.</summary>
    public static string Source(UnitKind kind, string language) =>
        Encoding.UTF8.GetString(AssemblyFiles.Read($"ValueAtlas.Curation.Review.Guidelines.{UnitKinds.Name(kind)}.{language}.md"));

    private static string Render(UnitKind kind, string language) => SafeMarkdown.ToHtml(Source(kind, language));
}
