namespace ValueAtlas.FakeLlm;

/// <summary>Builds the Kestrel app for both the in-process server and the standalone Program.</summary>
internal static class FakeLlmApp
{
    public static WebApplication Build(string[] args, FakeLlmState state, string url, bool keepConfiguredUrls)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = args,

            // Not the caller's working directory: a stray appsettings.json there must not reconfigure the fake.
            ContentRootPath = AppContext.BaseDirectory,
        });

        // Per-request logging would dominate the cost of a 10,000-call benchmark.
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.Configure<HostOptions>(options => options.ShutdownTimeout = TimeSpan.FromSeconds(5));
        if (!keepConfiguredUrls || string.IsNullOrEmpty(builder.Configuration["urls"]))
        {
            builder.WebHost.UseUrls(url);
        }

        var app = builder.Build();
        FakeLlmEndpoints.Map(app, state);
        return app;
    }
}
