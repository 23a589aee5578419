using Microsoft.AspNetCore.Http;

namespace ValueAtlas.Curation.Review.Web;

/// <summary>The review page's files, read from the assembly once.</summary>
internal sealed class PageAssets
{
    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.Ordinal)
    {
        ["index.html"] = "text/html; charset=utf-8",
        ["app.js"] = "text/javascript; charset=utf-8",
        ["app.css"] = "text/css; charset=utf-8",
    };

    private readonly Dictionary<string, byte[]> _files =
        ContentTypes.Keys.ToDictionary(n => n, n => AssemblyFiles.Read("ValueAtlas.Curation.Review.Web.Assets." + n), StringComparer.Ordinal);

    public IResult Serve(string name) =>
        _files.TryGetValue(name, out var bytes) ? Results.Bytes(bytes, ContentTypes[name]) : Results.NotFound();
}
