namespace ValueAtlas.Cli;

/// <summary>Exit codes scripts can rely on.</summary>
public static class ExitCodes
{
    public const int Ok = 0;

    public const int BadInput = 2;

    public const int EndpointFailed = 3;
}
