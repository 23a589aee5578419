namespace ValueAtlas.Cli;

/// <summary>Exit codes scripts can rely on.</summary>
public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>System.CommandLine's own code for a parse error; we use it for every bad input or configuration.</summary>
    public const int ParseError = 1;

    public const int BadInput = 2;

    public const int EndpointFailed = 3;
}
