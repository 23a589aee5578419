using YamlDotNet.RepresentationModel;

namespace ValueAtlas.Core.Domain;

/// <summary>
/// Which country each code, name and alias of a registry file resolves to, as
/// <see cref="CountryRegistry.TryFind"/> compares them; a second country claiming the same key is an
/// error naming both entries, because a lookup would otherwise silently pick the first.
/// </summary>
internal sealed class CountryNameClaims(string file)
{
    private readonly Dictionary<string, (Country Country, long Line)> _owners = new(StringComparer.Ordinal);

    public void ClaimCode(string code, Country country, long entryLine) =>
        _owners[CountryRegistry.NameKey(code)] = (country, entryLine);

    public void ClaimName(string name, YamlNode node, Country country, long entryLine)
    {
        var key = CountryRegistry.NameKey(name);
        if (!_owners.TryAdd(key, (country, entryLine)) && _owners[key] is var (owner, ownerLine) && owner.Alpha2 != country.Alpha2)
        {
            throw new CountryRegistryException(file, node.Start.Line,
                $"'{name}' would name both {owner.Alpha2} (entry at line {ownerLine}) and {country.Alpha2} (entry at line {entryLine}); "
                + "a name or alias may belong to one country only");
        }
    }
}
