using Microsoft.AspNetCore.Http;

namespace ValueAtlas.Curation.Review.Web;

/// <summary>
/// Headers on every response. The policy allows no inline script and no other origin, so even a
/// missed escape of model output could run nothing and send nothing anywhere.
/// </summary>
internal static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
        + "object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    public static Task Apply(HttpContext context, RequestDelegate next)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers.XFrameOptions = "DENY";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        headers["Cross-Origin-Resource-Policy"] = "same-origin";

        // Units and decisions change under the page; no cache may keep a copy of a unit or a token-bearing answer.
        headers.CacheControl = "no-store";
        return next(context);
    }
}
