namespace ValueAtlas.Curation.Review.Web;

/// <summary>Files embedded in this assembly under fixed logical names (see the project file).</summary>
internal static class AssemblyFiles
{
    public static byte[] Read(string logicalName)
    {
        using var stream = typeof(AssemblyFiles).Assembly.GetManifestResourceStream(logicalName)
            ?? throw new InvalidOperationException($"embedded file '{logicalName}' is missing from the build");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
