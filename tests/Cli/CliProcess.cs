using System.Diagnostics;
using System.Text;

namespace ValueAtlas.Cli.Tests;

/// <summary>Runs the real valueatlas executable (built beside the tests) as a child process with a controlled environment.</summary>
internal sealed class CliProcess
{
    private static readonly string Dll = FindCli();

    public static ProcessStartInfo StartInfo(IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null, string? workingDirectory = null)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? AppContext.BaseDirectory,
        };
        info.ArgumentList.Add(Dll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        // The developer's own endpoint settings must not leak into a test.
        foreach (var name in info.Environment.Keys.Where(k => k.StartsWith("VALUEATLAS_", StringComparison.Ordinal)).ToList())
        {
            info.Environment.Remove(name);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[name] = value;
        }

        return info;
    }

    public static async Task<CliResult> RunAsync(IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null, string? workingDirectory = null)
    {
        using var process = Process.Start(StartInfo(args, environment, workingDirectory))!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return new CliResult(process.ExitCode, await stdout, await stderr);
    }

    /// <summary>The CLI's own build output, same configuration as the tests (tests/Cli/bin/Debug/net10.0 → src/Cli/bin/Debug/net10.0).</summary>
    private static string FindCli()
    {
        var testBin = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var dll = RepoRoot.File("src", "Cli", "bin", testBin.Parent!.Name, testBin.Name, "valueatlas.dll");
        return File.Exists(dll) ? dll : throw new InvalidOperationException($"{dll} not built");
    }
}
