using System.Text.Encodings.Web;
using System.Text.Json;

namespace ValueAtlas.FakeLlm;

internal static class JsonOutput
{
    // Relaxed escaping keeps non-ASCII text readable in curl output; clients parse either form.
    public static JsonWriterOptions WriterOptions { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
