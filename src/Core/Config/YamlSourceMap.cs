using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ValueAtlas.Core.Config;

/// <summary>
/// Where each key of a parsed document was written. The deserializer reports only a mark and the
/// validator only a property path; this turns either into a YAML path with a line.
/// </summary>
internal sealed class YamlSourceMap
{
    private readonly Dictionary<string, Mark> _keys = new(StringComparer.Ordinal);
    private readonly YamlNode? _root;

    public YamlSourceMap(YamlNode? root)
    {
        _root = root;
        if (root is not null)
        {
            Index(root, "");
        }
    }

    /// <summary>The mark of exactly this key, or null when the document does not contain it.</summary>
    public Mark? Find(string yamlPath) => _keys.TryGetValue(yamlPath, out var mark) ? mark : null;

    /// <summary>The key's mark, else its nearest written ancestor's: a missing required key is reported where its parent is.</summary>
    public Mark? Locate(string yamlPath)
    {
        for (var path = yamlPath; path.Length > 0; path = YamlPath.Parent(path))
        {
            if (_keys.TryGetValue(path, out var mark))
            {
                return mark;
            }
        }

        return _root?.Start;
    }

    /// <summary>
    /// The path (as segments, since model names may contain dots) of the key or value that starts at
    /// or contains the mark, and that node.
    /// </summary>
    public (IReadOnlyList<string> Path, YamlNode? Node) At(Mark mark)
    {
        var path = new List<string>();
        var node = _root;
        while (node is not null)
        {
            YamlNode? next = null;
            // A collection's own marks cover only its first token, so the entry holding the mark is the
            // last one starting at or before it; documents list nodes in text order.
            if (node is YamlMappingNode mapping)
            {
                var entry = mapping.Children.LastOrDefault(e => e.Key.Start.Index <= mark.Index);
                if (entry.Key is not null)
                {
                    path.Add(KeyText(entry.Key));
                    if (entry.Value.Start.Index > mark.Index)
                    {
                        return (path, entry.Key);
                    }

                    next = entry.Value;
                }
            }
            else if (node is YamlSequenceNode sequence)
            {
                var index = sequence.Children.Count - 1;
                while (index >= 0 && sequence.Children[index].Start.Index > mark.Index)
                {
                    index--;
                }

                if (index >= 0)
                {
                    path.Add($"[{index}]");
                    next = sequence.Children[index];
                }
            }

            if (next is null)
            {
                return (path, node);
            }

            node = next;
        }

        return (path, null);
    }

    private void Index(YamlNode node, string path)
    {
        if (node is YamlMappingNode mapping)
        {
            foreach (var (key, value) in mapping.Children)
            {
                var child = YamlPath.Child(path, KeyText(key));
                _keys.TryAdd(child, key.Start);
                Index(value, child);
            }
        }
        else if (node is YamlSequenceNode sequence)
        {
            for (var i = 0; i < sequence.Children.Count; i++)
            {
                var child = YamlPath.Item(path, i);
                _keys.TryAdd(child, sequence.Children[i].Start);
                Index(sequence.Children[i], child);
            }
        }
    }

    private static string KeyText(YamlNode key) => key is YamlScalarNode scalar ? scalar.Value ?? "" : key.ToString();
}
