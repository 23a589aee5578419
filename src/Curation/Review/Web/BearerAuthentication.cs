using Microsoft.AspNetCore.Http;
using ValueAtlas.Curation.Review.Annotators;
using ValueAtlas.Curation.Review.Store;

namespace ValueAtlas.Curation.Review.Web;

/// <summary>
/// Every API call names its annotator by "Authorization: Bearer &lt;token&gt;". A bearer header,
/// unlike a cookie, is never attached by the browser to a request another site makes.
/// </summary>
internal sealed class BearerAuthentication(ReviewStore store) : IEndpointFilter
{
    private const string ItemKey = "valueatlas.annotator";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var header = http.Request.Headers.Authorization.ToString();
        var token = header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : "";
        var annotator = token.Length == 0 ? null : await store.AuthenticateAsync(token, http.RequestAborted);
        if (annotator is null)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
            return ApiResults.Error(StatusCodes.Status401Unauthorized, "a valid token is required: open your login link again");
        }

        http.Items[ItemKey] = annotator;
        return await next(context);
    }

    public static Annotator Current(HttpContext http) =>
        http.Items[ItemKey] as Annotator ?? throw new InvalidOperationException("endpoint is not behind bearer authentication");
}
