using Microsoft.AspNetCore.Http;

namespace ValueAtlas.Curation.Review.Web;

/// <summary>
/// Refuses state-changing requests another site could make a browser send: a JSON content type
/// cannot be sent cross-site without a CORS preflight (which this app never grants), and a
/// browser's Origin and Sec-Fetch-Site headers name where the request came from.
/// </summary>
internal sealed class CrossSiteGuard : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var request = context.HttpContext.Request;
        var problem = Problem(request);
        return problem is null ? next(context) : ValueTask.FromResult<object?>(ApiResults.Error(StatusCodes.Status403Forbidden, problem));
    }

    internal static string? Problem(HttpRequest request)
    {
        if (!request.HasJsonContentType())
        {
            return "a POST must have Content-Type: application/json";
        }

        var origin = request.Headers.Origin.ToString();
        var own = $"{request.Scheme}://{request.Host}";
        if (origin.Length > 0 && !string.Equals(origin, own, StringComparison.OrdinalIgnoreCase))
        {
            return $"cross-site request refused (Origin {origin} is not {own})";
        }

        var site = request.Headers["Sec-Fetch-Site"].ToString();
        return site.Length > 0 && site is not ("same-origin" or "none")
            ? $"cross-site request refused (Sec-Fetch-Site: {site})"
            : null;
    }
}
