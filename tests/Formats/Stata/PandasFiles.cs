using System.Text.Json;

namespace ValueAtlas.Formats.Tests.Stata;

/// <summary>The pandas-written files (and p118ch.dta, one with a characteristic), made once for a test class, with pandas' own reading of them.</summary>
public sealed class PandasFiles : IDisposable
{
    public static readonly string[] Names = ["p117le.dta", "p117be.dta", "p118le.dta", "p118be.dta", "p119le.dta", "p119be.dta", "p118ch.dta"];

    public PandasFiles()
    {
        StataTools.PandasFixtures(Directory);
        Dump = StataTools.PandasDump(Directory, Names);
    }

    public TempDirectory Directory { get; } = new();

    public JsonElement Dump { get; }

    public string File(string name) => Directory.File(name);

    public void Dispose() => Directory.Dispose();
}
