using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace ValueAtlas.Core.Domain;

/// <summary>
/// A BCP-47 language tag with its name written in that language. Only created through
/// <see cref="Parse"/> so the code is always well-formed and in canonical case.
/// </summary>
[JsonConverter(typeof(LanguageJsonConverter))]
public sealed partial record Language
{
    private static readonly Dictionary<string, string> NativeNames = new(StringComparer.Ordinal)
    {
        ["ko"] = "한국어",
        ["en"] = "English",
        ["zh"] = "中文",
        ["de"] = "Deutsch",
        ["ja"] = "日本語",
        ["fr"] = "Français",
        ["es"] = "Español",
    };

    public static readonly Language Korean = Parse("ko");
    public static readonly Language English = Parse("en");
    public static readonly Language Chinese = Parse("zh");
    public static readonly Language German = Parse("de");
    public static readonly Language Japanese = Parse("ja");

    private Language(string code, string nativeName)
    {
        Code = code;
        NativeName = nativeName;
    }

    public string Code { get; }

    /// <summary>The name in the language itself (한국어, Deutsch); the code when the table does not know it.</summary>
    public string NativeName { get; }

    public static Language Parse(string code) =>
        TryParse(code, out var language)
            ? language
            : throw new FormatException(
                $"'{code}' is not a BCP-47 language tag (expected e.g. ko, en, zh-Hant, en-US).");

    public static bool TryParse([NotNullWhen(true)] string? code, [NotNullWhen(true)] out Language? language)
    {
        language = null;
        if (code is null || !TagForm().IsMatch(code))
        {
            return false;
        }

        var canonical = Canonicalise(code);
        var primary = canonical.Split('-')[0];
        var name = NativeNames.GetValueOrDefault(canonical) ?? NativeNames.GetValueOrDefault(primary) ?? canonical;
        language = new Language(canonical, name);
        return true;
    }

    public override string ToString() => Code;

    // BCP-47 case conventions: language lower, script title, region upper.
    private static string Canonicalise(string code)
    {
        var parts = code.Split('-');
        parts[0] = parts[0].ToLowerInvariant();
        for (var i = 1; i < parts.Length; i++)
        {
            var part = parts[i];
            parts[i] = part.Length switch
            {
                4 when char.IsAsciiLetter(part[0]) => char.ToUpperInvariant(part[0]) + part[1..].ToLowerInvariant(),
                2 => part.ToUpperInvariant(),
                _ => part.ToLowerInvariant(),
            };
        }

        return string.Join('-', parts);
    }

    // language [-script] [-region] [-variant]*; extensions and private use are not needed for datasets.
    [GeneratedRegex(@"^[A-Za-z]{2,3}(-[A-Za-z]{4})?(-([A-Za-z]{2}|[0-9]{3}))?(-([A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*$")]
    private static partial Regex TagForm();
}
