using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ValueAtlas.Core.Config;
using ValueAtlas.Curation.Review.Store;

namespace ValueAtlas.Curation.Review.Web;

/// <summary>
/// The annotators' web app over a review store: the page, and the JSON API it (or a script) uses.
/// The caller owns the store and starts, stops and disposes the returned app.
/// </summary>
public static class ReviewWebApp
{
    public static WebApplication Create(ReviewStore store, ReviewServerOptions options)
    {
        // Content root at the binaries, not the working folder: an appsettings.json lying where
        // `review serve` is run must not change how the app behaves.
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(ReviewWebApp).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        // A port that cannot be bound is thrown to the caller, which says so in one line; the host's own log of it is a stack trace.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.Critical);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = 1 << 20;
            Listen(kestrel, options);
        });
        builder.Services.AddSingleton(store);
        builder.Services.AddSingleton(GuidelineLibrary.Embedded());

        var app = builder.Build();
        app.Use(SecurityHeaders.Apply);
        PageEndpoints.Map(app);
        var api = app.MapGroup("/api").AddEndpointFilter<BearerAuthentication>();
        UnitEndpoints.Map(api, options);
        DecisionEndpoints.Map(api);
        return app;
    }

    /// <summary>The address the started app answers on (the real port when 0 was asked for).</summary>
    public static string BaseAddress(WebApplication app) =>
        app.Urls.FirstOrDefault() ?? throw new InvalidOperationException("the review app is not started");

    private static void Listen(KestrelServerOptions kestrel, ReviewServerOptions options)
    {
        if (IPAddress.TryParse(options.Host, out var address))
        {
            kestrel.Listen(address, options.Port);
        }
        else if (string.Equals(options.Host, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            kestrel.ListenLocalhost(options.Port);
        }
        else
        {
            throw new ConfigException($"--host: must be an IP address (127.0.0.1, 0.0.0.0, ::) or localhost, not '{options.Host}'");
        }
    }
}
