using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace ValueAtlas.Core.Config;

/// <summary>
/// Deserializes mapping entries of a parsed document into a record and reports every problem, not just the
/// first: an unknown key at any depth is reported and left out, and a value of the wrong kind is reported and
/// its entry left out before trying again. YamlDotNet alone would stop at the first of either.
/// </summary>
internal static class ConfigBinder
{
    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    /// <param name="document">Where the entries come from, to name lines in errors.</param>
    /// <param name="entries">The entries making up the record's mapping.</param>
    /// <param name="parent">The entries' YAML path segments from the top of the file (none at the top).</param>
    /// <param name="errors">Receives every problem.</param>
    /// <param name="broken">Receives the YAML paths of entries left out for a wrong kind of value, so rules about them can be skipped.</param>
    public static T Bind<T>(
        ConfigDocument document,
        IEnumerable<KeyValuePair<YamlNode, YamlNode>> entries,
        IReadOnlyList<string> parent,
        ICollection<ConfigError> errors,
        ISet<string> broken)
        where T : class, new()
    {
        var parentPath = YamlPath.Join(parent);
        var kept = new List<(YamlNode Key, List<ParsingEvent> Events)>();
        foreach (var (key, value) in entries)
        {
            var events = new List<ParsingEvent>();
            if (Entry(document, typeof(T), parentPath, key, value, events, errors))
            {
                kept.Add((key, events));
            }
        }

        while (true)
        {
            try
            {
                return Deserializer.Deserialize<T?>(new NodeParser(Mapping(kept.SelectMany(k => k.Events)))) ?? new T();
            }
            catch (YamlException e)
            {
                errors.Add(DeserializationErrors.Describe(e, document, typeof(T), parent.Count));
                var at = kept.FindLastIndex(k => k.Key.Start.Index <= e.Start.Index);
                if (at < 0)
                {
                    return new T();
                }

                broken.Add(YamlPath.Child(parentPath, KeyText(kept[at].Key)));
                kept.RemoveAt(at);
            }
        }
    }

    public static string KeyText(YamlNode key) => key is YamlScalarNode scalar ? scalar.Value ?? "" : key.ToString();

    /// <summary>Adds the entry's events; false (with an error) when the type has no such key.</summary>
    private static bool Entry(ConfigDocument document, Type owner, string path, YamlNode key, YamlNode value, List<ParsingEvent> events, ICollection<ConfigError> errors)
    {
        var name = KeyText(key);
        var childPath = YamlPath.Child(path, name);
        var child = ConfigShape.ChildType(owner, name);
        if (child is null && ConfigShape.HasFixedKeys(owner))
        {
            errors.Add(new ConfigError(document.File, (int)key.Start.Line, (int)key.Start.Column, childPath,
                $"unknown key '{name}'; expected one of: {string.Join(", ", ConfigShape.KeysOf(owner))}"));
            return false;
        }

        Emit(document, key, null, childPath, events, errors, isKey: true);
        Emit(document, value, child, childPath, events, errors, isKey: false);
        return true;
    }

    private static void Emit(ConfigDocument document, YamlNode node, Type? type, string path, List<ParsingEvent> events, ICollection<ConfigError> errors, bool isKey)
    {
        switch (node)
        {
            case YamlScalarNode scalar:
                var plain = scalar.Style is ScalarStyle.Plain or ScalarStyle.Any;
                events.Add(new Scalar(AnchorName.Empty, scalar.Tag, scalar.Value ?? "", scalar.Style,
                    scalar.Tag.IsEmpty && plain, scalar.Tag.IsEmpty && !plain, scalar.Start, scalar.End, isKey));
                break;
            case YamlSequenceNode sequence:
                events.Add(new SequenceStart(AnchorName.Empty, sequence.Tag, sequence.Tag.IsEmpty, sequence.Style, sequence.Start, sequence.End));
                for (var i = 0; i < sequence.Children.Count; i++)
                {
                    var item = type is null ? null : ConfigShape.ChildType(type, $"[{i}]");
                    Emit(document, sequence.Children[i], item, YamlPath.Item(path, i), events, errors, isKey: false);
                }

                events.Add(new SequenceEnd(sequence.End, sequence.End));
                break;
            case YamlMappingNode mapping:
                events.Add(new MappingStart(AnchorName.Empty, mapping.Tag, mapping.Tag.IsEmpty, mapping.Style, mapping.Start, mapping.End));
                foreach (var (key, value) in mapping.Children)
                {
                    if (type is null)
                    {
                        Emit(document, key, null, path, events, errors, isKey: true);
                        Emit(document, value, null, path, events, errors, isKey: false);
                    }
                    else
                    {
                        Entry(document, type, path, key, value, events, errors);
                    }
                }

                events.Add(new MappingEnd(mapping.End, mapping.End));
                break;
            default:
                break;
        }
    }

    private static IEnumerable<ParsingEvent> Mapping(IEnumerable<ParsingEvent> entries)
    {
        yield return new MappingStart(AnchorName.Empty, TagName.Empty, true, MappingStyle.Block);
        foreach (var e in entries)
        {
            yield return e;
        }

        yield return new MappingEnd();
    }
}
