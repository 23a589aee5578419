using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ValueAtlas.Core.Domain;

/// <summary>
/// Reads the registry through YamlDotNet's node model rather than a deserializer, because
/// every node keeps its Mark and each error can then name the exact line.
/// </summary>
internal sealed class CountryYaml(string file)
{
    private static readonly HashSet<string> EntryKeys = ["alpha2", "alpha3", "default_language", "names"];

    public IReadOnlyList<Country> Parse(TextReader text)
    {
        var stream = new YamlStream();
        var scanner = new Scanner(text);
        try
        {
            stream.Load(new Parser(scanner));
        }
        catch (YamlException e)
        {
            throw new CountryRegistryException(file, e.Start.Line, e.Message, e);
        }
        catch (InvalidOperationException e)
        {
            // YamlDotNet 16 throws this, without a Mark, for some input cut off inside a flow collection.
            throw new CountryRegistryException(file, scanner.CurrentPosition.Line, "unexpected end of YAML: " + e.Message, e);
        }

        if (stream.Documents.Count == 0
            || stream.Documents[0].RootNode is not YamlMappingNode root
            || !root.Children.TryGetValue(new YamlScalarNode("countries"), out var list))
        {
            throw new CountryRegistryException(file, 1, "expected a top-level 'countries:' list");
        }

        if (list is not YamlSequenceNode entries)
        {
            throw Error(list, "'countries' must be a list of entries");
        }

        var countries = new List<Country>();
        var seen = new Dictionary<string, long>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in entries)
        {
            var country = ParseEntry(entry);
            foreach (var code in new[] { country.Alpha2, country.Alpha3 })
            {
                if (!seen.TryAdd(code, entry.Start.Line))
                {
                    throw Error(entry, $"country code '{code}' is already used by the entry at line {seen[code]}");
                }
            }

            countries.Add(country);
        }

        return countries;
    }

    private Country ParseEntry(YamlNode node)
    {
        if (node is not YamlMappingNode map)
        {
            throw Error(node, "a country entry must be a mapping with alpha2, alpha3, default_language and names");
        }

        foreach (var key in map.Children.Keys)
        {
            if (key is not YamlScalarNode { Value: { } name } || !EntryKeys.Contains(name))
            {
                throw Error(key, $"unknown key '{key}' (allowed: {string.Join(", ", EntryKeys)})");
            }
        }

        var alpha2 = Code(map, "alpha2", 2);
        var alpha3 = Code(map, "alpha3", 3);
        var languageNode = Required(map, "default_language");
        if (!Language.TryParse(Scalar(languageNode, "default_language"), out var language))
        {
            throw Error(languageNode, $"default_language '{languageNode}' is not a BCP-47 language tag");
        }

        var names = Names(Required(map, "names"));
        if (!names.ContainsKey(language.Code))
        {
            throw Error(map, $"{alpha2}: names must include the default language '{language.Code}'");
        }

        return new Country { Alpha2 = alpha2, Alpha3 = alpha3, DefaultLanguage = language, Names = names };
    }

    private string Code(YamlMappingNode map, string key, int length)
    {
        var node = Required(map, key);
        var value = Scalar(node, key).Trim();
        if (value.Length != length || !value.All(char.IsAsciiLetter))
        {
            throw Error(node, $"{key} '{value}' must be {length} ASCII letters (ISO 3166-1)");
        }

        return value.ToUpperInvariant();
    }

    private Dictionary<string, string> Names(YamlNode node)
    {
        if (node is not YamlMappingNode map || map.Children.Count == 0)
        {
            throw Error(node, "names must be a non-empty mapping from language code to name");
        }

        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in map.Children)
        {
            if (!Language.TryParse(Scalar(key, "language code"), out var language))
            {
                throw Error(key, $"'{key}' is not a BCP-47 language tag");
            }

            var name = Scalar(value, $"names.{language.Code}").Trim();
            if (name.Length == 0 || !names.TryAdd(language.Code, name))
            {
                throw Error(value, $"names.{language.Code} is empty or given twice");
            }
        }

        return names;
    }

    private YamlNode Required(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node)
            ? node
            : throw Error(map, $"missing '{key}'");

    private string Scalar(YamlNode node, string what) =>
        node is YamlScalarNode { Value: { } value }
            ? value
            : throw Error(node, $"{what} must be a single value");

    private CountryRegistryException Error(YamlNode node, string reason) =>
        new(file, node.Start.Line, reason);
}
