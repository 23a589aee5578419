using System.Text;
using ValueAtlas.Core.Config;

namespace ValueAtlas.Core.Prompts;

/// <summary>
/// Reads one <c>{kind}.{lang}.txt</c> into a <see cref="PromptTemplate"/>. Checked when loaded, not when first rendered,
/// so a bad override fails a run before any model call, with every problem of the file at once.
/// </summary>
internal static class TemplateFile
{
    public const string Suffix = ".txt";

    // Strict, so a file saved in a legacy code page (CP949 in Korean Windows) is refused rather than sent as U+FFFD.
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static PromptTemplate Load(string path, TemplateKinds kinds)
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

        return Parse(Path.GetFileName(path), text, path, kinds);
    }

    // origin: the path, or resource name, that errors name.
    public static PromptTemplate Parse(string fileName, string rawText, string origin, TemplateKinds kinds)
    {
        // Split at the last dot: a kind may contain '-' (goqa-dp), a language tag never contains '.'.
        var stem = fileName.EndsWith(Suffix, StringComparison.Ordinal) ? fileName[..^Suffix.Length] : fileName;
        var dot = stem.LastIndexOf('.');
        var kind = dot > 0 ? stem[..dot] : "";
        var language = dot > 0 ? stem[(dot + 1)..].ToLowerInvariant() : "";
        if (!kinds.IsKnown(kind) || language.Length == 0)
        {
            throw new ConfigException(new ConfigError(origin, 0, 0, "",
                $"a prompt template must be named {{{kinds.Noun}}}.{{lang}}.txt with {kinds.Noun} one of: {string.Join(", ", kinds.All)}"));
        }

        // A checkout with CRLF line endings must hash to the same id, and render the same prompt, as one with LF.
        var text = rawText.ReplaceLineEndings("\n");

        var errors = TemplateCheck.Errors(text, origin, $"the '{kind}' {kinds.Noun}", kinds.Variables(kind));
        if (errors.Count > 0)
        {
            throw new ConfigException(errors);
        }

        var id = $"{kind}.{language}@{PromptHash.Sha256Hex(TemplateSyntax.Canonical(text))[..12]}";
        return new PromptTemplate(id, kind, language, text);
    }
}
