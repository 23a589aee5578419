using Microsoft.AspNetCore.Http;

namespace ValueAtlas.Curation.Review.Web;

/// <summary>The review page's files, read from the assembly once; only the files named here are served.</summary>
internal sealed class PageAssets
{
    // A browser runs a module script only when it is served with a JavaScript type.
    private const string Script = "text/javascript; charset=utf-8";

    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.Ordinal)
    {
        ["index.html"] = "text/html; charset=utf-8",
        ["app.css"] = "text/css; charset=utf-8",
        ["app.js"] = Script,
        ["adjudication.js"] = Script,
        ["api.js"] = Script,
        ["compose.js"] = Script,
        ["decide.js"] = Script,
        ["dom.js"] = Script,
        ["guidelines.js"] = Script,
        ["keys.js"] = Script,
        ["labels.js"] = Script,
        ["load.js"] = Script,
        ["render.js"] = Script,
        ["run.js"] = Script,
        ["state.js"] = Script,
    };

    private readonly Dictionary<string, byte[]> _files =
        ContentTypes.Keys.ToDictionary(n => n, n => AssemblyFiles.Read("ValueAtlas.Curation.Review.Web.Assets." + n), StringComparer.Ordinal);

    public IResult Serve(string name) =>
        _files.TryGetValue(name, out var bytes) ? Results.Bytes(bytes, ContentTypes[name]) : Results.NotFound();
}
