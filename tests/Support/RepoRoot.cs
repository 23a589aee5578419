namespace ValueAtlas.Testing;

/// <summary>The checkout the tests run from: the folder holding ValueAtlas.slnx above the test binaries.</summary>
public static class RepoRoot
{
    public static string Path { get; } = Find();

    public static string File(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(System.IO.Path.Combine(dir.FullName, "ValueAtlas.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ValueAtlas.slnx not found above " + AppContext.BaseDirectory);
    }
}
