using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ValueAtlas.Core.Config;

/// <summary>Replays events built from an already parsed document, so the deserializer sees a chosen part of it with its original marks.</summary>
internal sealed class NodeParser(IEnumerable<ParsingEvent> events) : IParser
{
    private readonly IEnumerator<ParsingEvent> _events = events.GetEnumerator();

    public ParsingEvent? Current { get; private set; }

    public bool MoveNext()
    {
        Current = _events.MoveNext() ? _events.Current : null;
        return Current is not null;
    }
}
