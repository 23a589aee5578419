using System.Reflection;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace ValueAtlas.Core.Config;

/// <summary>A config's types seen through YAML keys, to tell a user which keys and value kinds are expected where.</summary>
internal static class ConfigShape
{
    public static string KeyOf(string propertyName) => UnderscoredNamingConvention.Instance.Apply(propertyName);

    /// <summary>A FluentValidation property path (<c>Price.InputPerMillion</c>) as YAML keys (<c>price.input_per_million</c>).</summary>
    public static string KeysOfPropertyPath(string propertyPath) =>
        string.Join('.', propertyPath.Split('.').Select(KeyOf));

    /// <summary>The .NET type a YAML path below <paramref name="root"/> deserializes into, or null when the path leaves the known shape.</summary>
    public static Type? TypeAt(Type root, IEnumerable<string> segments)
    {
        Type? type = root;
        foreach (var segment in segments)
        {
            type = type is null ? null : ChildType(type, segment);
        }

        return type;
    }

    /// <summary>The keys a mapping of this type accepts; empty when the type is not a mapping of fixed keys.</summary>
    public static IReadOnlyList<string> KeysOf(Type type) =>
        IsLeaf(type) || DictionaryValueType(type) is not null || ListItemType(type) is not null
            ? []
            : [.. Properties(type).Select(p => KeyOf(p.Name))];

    /// <summary>The type under <paramref name="segment"/> (a key, or <c>[i]</c> in a list), or null when there is none.</summary>
    public static Type? ChildType(Type type, string segment)
    {
        if (DictionaryValueType(type) is { } valueType)
        {
            return Unwrap(valueType);
        }

        if (ListItemType(type) is { } itemType)
        {
            return segment.StartsWith('[') ? Unwrap(itemType) : null;
        }

        if (IsLeaf(type))
        {
            return null;
        }

        var property = Properties(type).FirstOrDefault(p => KeyOf(p.Name) == segment);
        return property is null ? null : Unwrap(property.PropertyType);
    }

    /// <summary>True for a type whose YAML value is a mapping of fixed keys (a record or class with settable properties).</summary>
    public static bool HasFixedKeys(Type type) => KeysOf(type).Count > 0;

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

        if (ListItemType(type) is { } item)
        {
            return $"a list of {Plural(Describe(Unwrap(item)))}";
        }

        return DictionaryValueType(type) is not null
            ? "a mapping of names to settings"
            : $"a mapping with the keys {string.Join(", ", KeysOf(type))}";
    }

    private static string Plural(string kind) => kind switch
    {
        "text" => "texts",
        "a whole number" => "whole numbers",
        "a number" => "numbers",
        _ => "entries",
    };

    private static bool IsLeaf(Type type) => type.IsPrimitive || type == typeof(string) || type == typeof(decimal) || type.IsEnum;

    private static Type Unwrap(Type type) => Nullable.GetUnderlyingType(type) ?? type;

    private static Type? DictionaryValueType(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Dictionary<,>) ? type.GetGenericArguments()[1] : null;

    private static Type? ListItemType(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>) ? type.GetGenericArguments()[0] : null;

    private static IEnumerable<PropertyInfo> Properties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite && p.GetCustomAttribute<YamlIgnoreAttribute>() is null);
}
