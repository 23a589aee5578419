using Microsoft.Data.Sqlite;

namespace ValueAtlas.Testing;

/// <summary>A fresh real folder per test under the system temp folder, removed afterwards.</summary>
public sealed class TempDirectory : IDisposable
{
    public TempDirectory()
    {
        Path = Directory.CreateTempSubdirectory("valueatlas-test-").FullName;
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public string Write(string relativePath, string text)
    {
        var file = File(relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(file)!);
        System.IO.File.WriteAllText(file, text);
        return file;
    }

    public void Dispose()
    {
        // Pooled SQLite handles would keep cache files open.
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file a child process still holds is not worth failing a test over; the OS cleans temp.
        }
    }
}
