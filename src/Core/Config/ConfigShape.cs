using System.Reflection;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace ValueAtlas.Core.Config;

/// <summary>The run config's types seen through YAML keys, to tell a user which keys and value kinds are expected where.</summary>
internal static class ConfigShape
{
    public static string KeyOf(string propertyName) => UnderscoredNamingConvention.Instance.Apply(propertyName);

    /// <summary>A FluentValidation property path (<c>Price.InputPerMillion</c>) as YAML keys (<c>price.input_per_million</c>).</summary>
    public static string KeysOfPropertyPath(string propertyPath) =>
        string.Join('.', propertyPath.Split('.').Select(KeyOf));

    /// <summary>The .NET type a YAML path deserializes into, or null when the path leaves the known shape.</summary>
    public static Type? TypeAt(IEnumerable<string> segments)
    {
        Type? type = typeof(RunConfig);
        foreach (var segment in segments)
        {
            type = type is null ? null : ChildType(type, segment);
        }

        return type;
    }

    public static IReadOnlyList<string> KeysOf(Type type) => [.. Properties(type).Select(p => KeyOf(p.Name))];

    /// <summary>What a value of this type looks like in YAML, for "expected …" messages.</summary>
    public static string Describe(Type type)
    {
        if (type == typeof(int) || type == typeof(long))
        {
            return "a whole number";
        }

        if (type == typeof(double) || type == typeof(decimal) || type == typeof(float))
        {
            return "a number";
        }

        if (type == typeof(bool))
        {
            return "true or false";
        }

        if (type == typeof(string))
        {
            return "text";
        }

        return DictionaryValueType(type) is not null
            ? "a mapping of names to settings"
            : $"a mapping with the keys {string.Join(", ", KeysOf(type))}";
    }

    private static Type? ChildType(Type type, string segment)
    {
        if (DictionaryValueType(type) is { } valueType)
        {
            return valueType;
        }

        var property = Properties(type).FirstOrDefault(p => KeyOf(p.Name) == segment);
        return property is null ? null : Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
    }

    private static Type? DictionaryValueType(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Dictionary<,>) ? type.GetGenericArguments()[1] : null;

    private static IEnumerable<PropertyInfo> Properties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite && p.GetCustomAttribute<YamlIgnoreAttribute>() is null);
}
