using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ValueAtlas.Curation.Review.Web;

/// <summary>The page, its files and the health check: everything served without a token.</summary>
internal static class PageEndpoints
{
    public static void Map(IEndpointRouteBuilder routes)
    {
        var assets = new PageAssets();
        routes.MapGet("/health", () => Results.Text("ok"));
        routes.MapGet("/", () => assets.Serve("index.html"));
        routes.MapGet("/assets/{name}", (string name) => assets.Serve(name));
    }
}
