using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ValueAtlas.Core.Domain;

/// <summary>
/// Reads the registry through YamlDotNet's node model rather than a deserializer, because
/// every node keeps its Mark and each error can then name the exact line.
/// </summary>
internal sealed class CountryYaml(string file)
{
    private static readonly HashSet<string> EntryKeys = ["alpha2", "alpha3", "numeric", "default_language", "names", "aliases"];

    public IReadOnlyList<Country> Parse(TextReader text)
    {
        var entries = Entries(text);
        var countries = new List<Country>();
        var seen = new Dictionary<string, long>(StringComparer.OrdinalIgnoreCase);
        var numerics = new Dictionary<int, long>();
        var names = new CountryNameClaims(file);
        foreach (var entry in entries)
        {
            var country = ParseEntry(entry);
            foreach (var code in new[] { country.Alpha2, country.Alpha3 })
            {
                if (!seen.TryAdd(code, entry.Start.Line))
                {
                    throw Error(entry, $"country code '{code}' is already used by the entry at line {seen[code]}");
                }

                names.ClaimCode(code, country, entry.Start.Line);
            }

            if (country.Numeric is { } numeric && !numerics.TryAdd(numeric, entry.Start.Line))
            {
                throw Error(((YamlMappingNode)entry).Children[new YamlScalarNode("numeric")],
                    $"numeric {numeric} is already used by the entry at line {numerics[numeric]}");
            }

            countries.Add(country);
        }

        // Names after every code: a name spelled like a later entry's code would resolve to that entry.
        foreach (var (entry, country) in entries.Zip(countries))
        {
            var map = (YamlMappingNode)entry;
            var nameNodes = ((YamlMappingNode)map.Children[new YamlScalarNode("names")]).Children.Values;
            var aliasNodes = map.Children.TryGetValue(new YamlScalarNode("aliases"), out var aliases) ? ((YamlSequenceNode)aliases).Children : [];
            foreach (var node in nameNodes.Concat(aliasNodes))
            {
                names.ClaimName(((YamlScalarNode)node).Value!.Trim(), node, country, entry.Start.Line);
            }
        }

        return countries;
    }

    private YamlSequenceNode Entries(TextReader text)
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

        return list as YamlSequenceNode ?? throw Error(list, "'countries' must be a list of entries");
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

        return new Country
        {
            Alpha2 = alpha2,
            Alpha3 = alpha3,
            Numeric = Numeric(map),
            DefaultLanguage = language,
            Names = names,
            Aliases = Aliases(map),
        };
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

    private int? Numeric(YamlMappingNode map)
    {
        if (!map.Children.TryGetValue(new YamlScalarNode("numeric"), out var node))
        {
            return null;
        }

        var value = Scalar(node, "numeric").Trim();
        if (value is "" or "~" or "null")
        {
            return null;
        }

        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var numeric) && numeric is >= 1 and <= 999
            ? numeric
            : throw Error(node, $"numeric '{value}' must be an ISO 3166-1 numeric code, 1 to 999");
    }

    private List<string> Aliases(YamlMappingNode map)
    {
        if (!map.Children.TryGetValue(new YamlScalarNode("aliases"), out var node))
        {
            return [];
        }

        if (node is not YamlSequenceNode list)
        {
            throw Error(node, "aliases must be a list of names");
        }

        return list.Children
            .Select(alias => Scalar(alias, "an alias").Trim() is { Length: > 0 } name ? name : throw Error(alias, "an alias is empty"))
            .ToList();
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
