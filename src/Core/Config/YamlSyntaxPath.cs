using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ValueAtlas.Core.Config;

/// <summary>
/// The YAML path the parser had reached when it hit a syntax error. Broken YAML yields no
/// representation model, so this follows the parser's events up to the error instead.
/// </summary>
internal static class YamlSyntaxPath
{
    public static string AtError(string text)
    {
        var frames = new List<Frame>();
        var parser = new Parser(new StringReader(text));
        try
        {
            while (parser.MoveNext())
            {
                switch (parser.Current)
                {
                    case MappingStart:
                        EnterNode(frames, null);
                        frames.Add(new Frame(true));
                        break;
                    case SequenceStart:
                        EnterNode(frames, null);
                        frames.Add(new Frame(false));
                        break;
                    case MappingEnd or SequenceEnd:
                        frames.RemoveAt(frames.Count - 1);
                        ValueDone(frames);
                        break;
                    case Scalar scalar:
                        if (EnterNode(frames, scalar.Value))
                        {
                            ValueDone(frames);
                        }

                        break;
                    case AnchorAlias:
                        if (EnterNode(frames, "*"))
                        {
                            ValueDone(frames);
                        }

                        break;
                    default:
                        break;
                }
            }
        }
        catch (YamlException)
        {
            // Expected: the caller already knows the text is broken and wants the path reached so far.
        }

        return YamlPath.Join(frames.Select(f => f.Segment).OfType<string>());
    }

    /// <summary>Records a node starting; returns false when the node was a mapping key rather than a value.</summary>
    private static bool EnterNode(List<Frame> frames, string? scalar)
    {
        if (frames.Count == 0)
        {
            return true;
        }

        var top = frames[^1];
        if (top.IsMapping && top.ExpectingKey)
        {
            top.Key = scalar ?? "?";
            top.ExpectingKey = false;
            return false;
        }

        if (!top.IsMapping)
        {
            top.Index++;
        }

        return true;
    }

    private static void ValueDone(List<Frame> frames)
    {
        if (frames.Count > 0 && frames[^1].IsMapping)
        {
            frames[^1].ExpectingKey = true;
        }
    }

    private sealed class Frame(bool isMapping)
    {
        public bool IsMapping { get; } = isMapping;

        public bool ExpectingKey { get; set; } = true;

        public string? Key { get; set; }

        public int Index { get; set; } = -1;

        // A finished entry is not where the error is, so only a key still awaiting its value counts.
        public string? Segment => IsMapping
            ? (ExpectingKey ? null : Key)
            : (Index >= 0 ? $"[{Index}]" : null);
    }
}
