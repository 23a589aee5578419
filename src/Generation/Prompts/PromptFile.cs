using System.Text;
using ValueAtlas.Core.Config;

namespace ValueAtlas.Generation.Prompts;

/// <summary>
/// Reads one <c>{step}.{lang}.txt</c> into a <see cref="PromptTemplate"/>. Checked when loaded, not when first rendered,
/// so a bad override fails a run before any model call, with every problem of the file at once.
/// </summary>
internal static class PromptFile
{
    public const string Suffix = ".txt";

    // Strict, so a file saved in a legacy code page (CP949 in Korean Windows) is refused rather than sent as U+FFFD.
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static PromptTemplate Load(string path)
    {
        var bytes = File.ReadAllBytes(path);
        string text;
        try
        {
            var bom = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0;
            text = StrictUtf8.GetString(bytes, bom, bytes.Length - bom);
        }
        catch (DecoderFallbackException e)
        {
            var at = Math.Clamp(e.Index, 0, bytes.Length);
            var line = bytes.AsSpan(0, at).Count((byte)'\n') + 1;
            throw new ConfigException(new ConfigError(path, line, 0, "",
                $"not UTF-8 text (byte {at}); save the prompt template as UTF-8"));
        }

        return Parse(Path.GetFileName(path), text, path);
    }

    // origin: the path, or resource name, that errors name.
    public static PromptTemplate Parse(string fileName, string rawText, string origin)
    {
        var parts = fileName[..^Suffix.Length].Split('.');
        if (parts.Length != 2 || !PromptSteps.IsKnown(parts[0]) || parts[1].Length == 0)
        {
            throw new ConfigException(new ConfigError(origin, 0, 0, "",
                $"a prompt template must be named {{step}}.{{lang}}.txt with step one of: {string.Join(", ", PromptSteps.All)}"));
        }

        var step = parts[0];
        var language = parts[1].ToLowerInvariant();

        // A checkout with CRLF line endings must hash to the same id, and render the same prompt, as one with LF.
        var text = rawText.ReplaceLineEndings("\n");

        var errors = TemplateCheck.Errors(text, origin, $"the '{step}' step", PromptSteps.Placeholders(step));
        if (errors.Count > 0)
        {
            throw new ConfigException(errors);
        }

        var id = $"{step}.{language}@{PromptLibrary.Sha256Hex(TemplateSyntax.Canonical(text))[..12]}";
        return new PromptTemplate(id, step, language, text);
    }
}
