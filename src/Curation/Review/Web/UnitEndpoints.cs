using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ValueAtlas.Curation.Review.Store;
using ValueAtlas.Curation.Review.Units;

namespace ValueAtlas.Curation.Review.Web;

/// <summary>What the page reads: who am I, the next unit, progress, and the guidelines of a unit kind.</summary>
internal static class UnitEndpoints
{
    public static void Map(RouteGroupBuilder api, ReviewServerOptions options)
    {
        api.MapGet("/me", (HttpContext http, ReviewStore store) =>
        {
            var who = BearerAuthentication.Current(http);
            return ApiResults.Json(new MeResponse(who.Id, who.Name, who.Role, who.Languages, who.CanAdjudicate, store.Options.RejectReasons));
        });

        api.MapGet("/units/next", async (HttpContext http, ReviewStore store, string? queue, CancellationToken cancellationToken) =>
        {
            var view = await store.NextUnitAsync(BearerAuthentication.Current(http), queue ?? options.Queue, cancellationToken);
            return view is null ? Results.NoContent() : ApiResults.Json(view);
        });

        api.MapGet("/progress", async (HttpContext http, ReviewStore store, CancellationToken cancellationToken) =>
            ApiResults.Json(await store.ProgressAsync(BearerAuthentication.Current(http), cancellationToken)));

        api.MapGet("/guidelines/{kind}", (string kind, GuidelineLibrary guidelines) =>
            UnitKinds.TryParse(kind, out var parsed)
                ? ApiResults.Json(guidelines.For(parsed))
                : ApiResults.Error(StatusCodes.Status404NotFound, $"no guidelines for '{kind}'; kinds: {string.Join(", ", UnitKinds.All.Select(UnitKinds.Name))}"));
    }
}
