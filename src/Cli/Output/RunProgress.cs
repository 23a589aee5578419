using System.Globalization;
using Spectre.Console;

namespace ValueAtlas.Cli.Output;

/// <summary>
/// Progress of a long job on stderr, never on stdout: a progress bar when a person watches (stderr is a terminal),
/// plain lines every 10% or 10 seconds otherwise, so CI logs show the run is alive without control codes.
/// </summary>
public static class RunProgress
{
    private static readonly TimeSpan PlainInterval = TimeSpan.FromSeconds(10);

    /// <param name="label">Names the job in every line.</param>
    /// <param name="planned">Calls expected in all.</param>
    /// <param name="done">Calls finished so far.</param>
    /// <param name="work">The job.</param>
    /// <param name="allowBar">False when the job itself writes to the terminal (a bar would tear its lines).</param>
    /// <param name="unit">What <paramref name="planned"/> counts, in the plain lines.</param>
    public static async Task<T> TrackAsync<T>(string label, long planned, Func<long> done, Task<T> work, bool allowBar = true, string unit = "calls")
    {
        if (allowBar && !Console.IsErrorRedirected)
        {
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
            return await console.Progress().AutoClear(false).StartAsync(async context =>
            {
                var task = context.AddTask(label, maxValue: Math.Max(planned, 1));
                while (!work.IsCompleted)
                {
                    task.Value = Math.Min(done(), planned);
                    await Task.WhenAny(work, Task.Delay(200)).ConfigureAwait(false);
                }

                task.Value = task.MaxValue;
                return await work.ConfigureAwait(false);
            }).ConfigureAwait(false);
        }

        var started = TimeProvider.System.GetTimestamp();
        var lastLine = started;
        var nextTenth = 1L;
        while (true)
        {
            await Task.WhenAny(work, Task.Delay(500)).ConfigureAwait(false);
            var count = done();
            var tenth = planned == 0 ? 10 : count * 10 / planned;
            if (work.IsCompleted || tenth >= nextTenth || TimeProvider.System.GetElapsedTime(lastLine) >= PlainInterval)
            {
                nextTenth = tenth + 1;
                lastLine = TimeProvider.System.GetTimestamp();
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{label}: {count}/{planned} {unit} ({count * 100.0 / Math.Max(planned, 1):0}%), {TimeProvider.System.GetElapsedTime(started).TotalSeconds:0.0} s"));
            }

            if (work.IsCompleted)
            {
                return await work.ConfigureAwait(false);
            }
        }
    }
}
