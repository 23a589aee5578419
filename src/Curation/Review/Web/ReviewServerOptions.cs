namespace ValueAtlas.Curation.Review.Web;

/// <summary>Where the review app listens. Loopback by default: exposing it is a deliberate choice.</summary>
public sealed record ReviewServerOptions
{
    public string Host { get; init; } = "127.0.0.1";

    /// <summary>0 picks a free port (tests); read the bound address from the app's Urls after start.</summary>
    public int Port { get; init; } = 5080;

    /// <summary>Only hand out units of this queue; null for every queue.</summary>
    public string? Queue { get; init; }
}
