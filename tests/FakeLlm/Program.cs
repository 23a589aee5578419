namespace ValueAtlas.FakeLlm;

// An explicit, namespaced Program: test projects reference this assembly next to the CLI's own Program.
internal static class Program
{
    private const string DefaultUrl = "http://127.0.0.1:5080";

    public static async Task Main(string[] args)
    {
        var state = new FakeLlmState();
        await using var app = FakeLlmApp.Build(args, state, DefaultUrl, keepConfiguredUrls: true);
        state.Latency = TimeSpan.FromMilliseconds(app.Configuration.GetValue("latency-ms", 0d));
        await app.StartAsync();
        Console.WriteLine($"FakeLlm listening on {string.Join(' ', app.Urls)}");
        await app.WaitForShutdownAsync();
    }
}
