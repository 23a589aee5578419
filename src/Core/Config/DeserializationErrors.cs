using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ValueAtlas.Core.Config;

/// <summary>Turns YamlDotNet's deserialization exceptions, which name .NET types, into errors that name YAML keys.</summary>
internal static class DeserializationErrors
{
    /// <param name="exception">What YamlDotNet threw.</param>
    /// <param name="document">The document the events came from.</param>
    /// <param name="shape">The record being bound.</param>
    /// <param name="depth">How many path segments lie above the record (0 when it is the whole file).</param>
    public static ConfigError Describe(YamlException exception, ConfigDocument document, Type shape, int depth)
    {
        var (segments, node) = document.Map.At(exception.Start);
        var path = YamlPath.Join(segments);
        var type = ConfigShape.TypeAt(shape, segments.Skip(depth));
        return new ConfigError(document.File, (int)exception.Start.Line, (int)exception.Start.Column, path, Message(exception, type, segments, node));
    }

    private static string Message(YamlException exception, Type? type, IReadOnlyList<string> segments, YamlNode? node)
    {
        if (type is null)
        {
            return exception.InnerException?.Message ?? exception.Message;
        }

        var range = exception.InnerException is OverflowException ? " (out of range)" : "";
        return $"expected {ConfigShape.Describe(type)}, found {Found(node, segments)}{range}";
    }

    private static string Found(YamlNode? node, IReadOnlyList<string> segments) => node switch
    {
        // A value under api_key_env may be a pasted key: never repeat it.
        YamlScalarNode when segments.Count > 0 && segments[^1] == "api_key_env" => "a value of the wrong kind",
        YamlScalarNode { Value: null or "" } => "nothing",
        YamlScalarNode scalar => $"'{scalar.Value}'",
        YamlSequenceNode => "a list",
        YamlMappingNode => "a mapping",
        _ => "a value of the wrong kind",
    };
}
