using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ValueAtlas.Core.Config;

/// <summary>Turns YamlDotNet's deserialization exceptions, which name .NET types, into errors that name YAML keys.</summary>
internal static partial class DeserializationErrors
{
    public static ConfigError Describe(YamlException exception, YamlSourceMap map, string file)
    {
        var (segments, node) = map.At(exception.Start);
        var path = YamlPath.Join(segments);
        return new ConfigError(file, (int)exception.Start.Line, (int)exception.Start.Column, path, Message(exception, segments, node));
    }

    private static string Message(YamlException exception, IReadOnlyList<string> segments, YamlNode? node)
    {
        if (UnknownProperty().Match(exception.Message) is { Success: true } unknown)
        {
            var owner = ConfigShape.TypeAt(segments.Take(segments.Count - 1));
            var expected = owner is null ? "" : $"; expected one of: {string.Join(", ", ConfigShape.KeysOf(owner))}";
            return $"unknown key '{unknown.Groups["key"].Value}'{expected}";
        }

        if (exception.Message.StartsWith("Encountered duplicate key", StringComparison.Ordinal))
        {
            return "duplicate key";
        }

        var type = ConfigShape.TypeAt(segments);
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

    [GeneratedRegex("^Property '(?<key>.*)' not found on type")]
    private static partial Regex UnknownProperty();
}
