using System.Diagnostics;

namespace ValueAtlas.Testing;

/// <summary>
/// Runs an independent tool (pspp, readstat, node with DuckDB) the tests compare against. A missing tool fails the test
/// with the fix, never skips it: a silently skipped oracle would let our readers and writers drift.
/// </summary>
public static class ExternalTool
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);

    /// <returns>The tool's standard output.</returns>
    public static async Task<string> RunAsync(string tool, string workingDirectory, params string[] arguments)
    {
        var info = new ProcessStartInfo(tool)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(info) ?? throw new InvalidOperationException($"{tool} did not start");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"'{tool}' is not installed: run scripts/setup.sh", e);
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(Limit);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"{tool} took over {Limit.TotalSeconds} s");
            }

            return process.ExitCode == 0
                ? await stdout
                : throw new InvalidOperationException($"{tool} {string.Join(' ', arguments)} failed ({process.ExitCode}): {await stderr}{await stdout}");
        }
    }
}
