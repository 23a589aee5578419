using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ValueAtlas.Curation.Review.Decisions;
using ValueAtlas.Curation.Review.Store;

namespace ValueAtlas.Curation.Review.Web;

/// <summary>What the page writes: a decision on a unit, and taking back one's last decision.</summary>
internal static class DecisionEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var writes = api.MapGroup("").AddEndpointFilter<CrossSiteGuard>();

        writes.MapPost("/units/{id}/decisions", async (string id, HttpContext http, ReviewStore store, CancellationToken cancellationToken) =>
        {
            DecisionRequest? request;
            try
            {
                request = await JsonSerializer.DeserializeAsync<DecisionRequest>(http.Request.Body, ApiResults.Requests, cancellationToken);
            }
            catch (JsonException e)
            {
                return ApiResults.Error(StatusCodes.Status400BadRequest, "the body is not a decision: " + e.Message);
            }

            if (request is null)
            {
                return ApiResults.Error(StatusCodes.Status400BadRequest, "the body is not a decision: null");
            }

            var result = await store.DecideAsync(BearerAuthentication.Current(http), id, request, cancellationToken);
            return Answer(result, StatusCodes.Status201Created);
        });

        writes.MapPost("/decisions/undo", async (HttpContext http, ReviewStore store, CancellationToken cancellationToken) =>
            Answer(await store.UndoLastAsync(BearerAuthentication.Current(http), cancellationToken), StatusCodes.Status200OK));
    }

    private static IResult Answer(DecisionResult result, int applied) => result.Status switch
    {
        DecisionStatus.Accepted => ApiResults.Json(new DecisionResponse(result.Status, result.Message, result.State), applied),
        DecisionStatus.Unchanged => ApiResults.Json(new DecisionResponse(result.Status, result.Message, result.State)),
        DecisionStatus.NotFound => ApiResults.Error(StatusCodes.Status404NotFound, result.Message),
        DecisionStatus.Forbidden => ApiResults.Error(StatusCodes.Status403Forbidden, result.Message),
        DecisionStatus.Conflict => ApiResults.Error(StatusCodes.Status409Conflict, result.Message),
        _ => ApiResults.Error(StatusCodes.Status400BadRequest, result.Message),
    };
}
