using System.Diagnostics;

namespace ValueAtlas.Bench;

/// <summary>Runs the tools a benchmark times (pspp, readstat, node with DuckDB, itself as a child) and finds the repository.</summary>
internal static class BenchProcess
{
    public static string Run(string tool, string folder, params string[] arguments)
    {
        var info = new ProcessStartInfo(tool) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{tool} failed: {error.Result}{output.Result}");
        }

        return output.Result.Trim();
    }

    /// <summary>This program again, as an apphost or through dotnet, with the given arguments.</summary>
    public static string RunSelf(string folder, params string[] arguments) =>
        Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet"
            ? Run(Environment.ProcessPath!, folder, [System.Reflection.Assembly.GetEntryAssembly()!.Location, .. arguments])
            : Run(Environment.ProcessPath!, folder, arguments);

    public static string FindRepo()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ValueAtlas.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("run from inside the repository");
    }
}
