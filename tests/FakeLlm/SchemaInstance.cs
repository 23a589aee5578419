using System.Buffers;
using System.Text;
using System.Text.Json;

namespace ValueAtlas.FakeLlm;

/// <summary>
/// Writes a minimal valid instance of a JSON schema, so a client that sends a schema gets conforming JSON back.
/// Covers what structured-output schemas use: type, enum, const, $ref to $defs/definitions, anyOf/oneOf/allOf, required, minItems, bounds.
/// </summary>
internal static class SchemaInstance
{
    // Recursive schemas ($ref cycles) must still terminate.
    private const int MaxDepth = 32;

    public static string ToJson(JsonElement schema)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, JsonOutput.WriterOptions))
        {
            Write(writer, schema, schema, 0);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void Write(Utf8JsonWriter writer, JsonElement schema, JsonElement root, int depth)
    {
        if (schema.ValueKind != JsonValueKind.Object || depth > MaxDepth)
        {
            // "true" and "{}" accept anything; null is the smallest thing.
            writer.WriteNullValue();
            return;
        }

        if (schema.TryGetProperty("const", out var constant))
        {
            constant.WriteTo(writer);
            return;
        }

        if (schema.TryGetProperty("enum", out var values) && values.ValueKind == JsonValueKind.Array && values.GetArrayLength() > 0)
        {
            values[0].WriteTo(writer);
            return;
        }

        if (schema.TryGetProperty("$ref", out var reference) && Resolve(root, reference.GetString()) is { } target)
        {
            Write(writer, target, root, depth + 1);
            return;
        }

        foreach (var combinator in (ReadOnlySpan<string>)["anyOf", "oneOf", "allOf"])
        {
            if (schema.TryGetProperty(combinator, out var options) && options.ValueKind == JsonValueKind.Array && options.GetArrayLength() > 0)
            {
                Write(writer, options[0], root, depth + 1);
                return;
            }
        }

        switch (TypeOf(schema))
        {
            case "object":
                WriteObject(writer, schema, root, depth);
                break;
            case "array":
                WriteArray(writer, schema, root, depth);
                break;
            case "string":
                writer.WriteStringValue(StringValue(schema));
                break;
            case "integer":
                writer.WriteNumberValue((long)Math.Ceiling(NumberValue(schema, 1)));
                break;
            case "number":
                writer.WriteNumberValue(NumberValue(schema, 0.5));
                break;
            case "boolean":
                writer.WriteBooleanValue(false);
                break;
            default:
                writer.WriteNullValue();
                break;
        }
    }

    private static string? TypeOf(JsonElement schema)
    {
        if (!schema.TryGetProperty("type", out var type))
        {
            return schema.TryGetProperty("properties", out _) ? "object" : schema.TryGetProperty("items", out _) ? "array" : null;
        }

        if (type.ValueKind == JsonValueKind.String)
        {
            return type.GetString();
        }

        // ["string", "null"]: the non-null type shows the client real data.
        string? first = null;
        if (type.ValueKind == JsonValueKind.Array)
        {
            foreach (var option in type.EnumerateArray())
            {
                var name = option.GetString();
                if (name != "null")
                {
                    return name;
                }

                first ??= name;
            }
        }

        return first;
    }

    private static void WriteObject(Utf8JsonWriter writer, JsonElement schema, JsonElement root, int depth)
    {
        writer.WriteStartObject();
        if (schema.TryGetProperty("required", out var required) && required.ValueKind == JsonValueKind.Array)
        {
            var hasProperties = schema.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object;
            foreach (var name in required.EnumerateArray())
            {
                var key = name.GetString();
                if (key is null)
                {
                    continue;
                }

                writer.WritePropertyName(key);
                if (hasProperties && properties.TryGetProperty(key, out var property))
                {
                    Write(writer, property, root, depth + 1);
                }
                else
                {
                    writer.WriteNullValue();
                }
            }
        }

        writer.WriteEndObject();
    }

    private static void WriteArray(Utf8JsonWriter writer, JsonElement schema, JsonElement root, int depth)
    {
        var count = RequestFields.Int(schema, "minItems") ?? 0;
        var hasPrefix = schema.TryGetProperty("prefixItems", out var prefix) && prefix.ValueKind == JsonValueKind.Array;
        var hasItems = schema.TryGetProperty("items", out var items);
        writer.WriteStartArray();
        for (var i = 0; i < count; i++)
        {
            if (hasPrefix && i < prefix.GetArrayLength())
            {
                Write(writer, prefix[i], root, depth + 1);
            }
            else if (hasItems)
            {
                Write(writer, items, root, depth + 1);
            }
            else
            {
                writer.WriteNullValue();
            }
        }

        writer.WriteEndArray();
    }

    private static string StringValue(JsonElement schema)
    {
        var format = RequestFields.String(schema, "format");
        var value = format switch
        {
            "date-time" => "1970-01-01T00:00:00Z",
            "date" => "1970-01-01",
            "time" => "00:00:00Z",
            "email" => "x@example.com",
            "uri" or "url" => "http://example.com/",
            "uuid" => "00000000-0000-0000-0000-000000000000",
            _ => "x",
        };
        var minLength = RequestFields.Int(schema, "minLength") ?? 0;
        return value.Length >= minLength ? value : value + new string('x', minLength - value.Length);
    }

    // 0 unless the bounds exclude it; step is how far past an exclusive minimum to go.
    private static double NumberValue(JsonElement schema, double step)
    {
        var value = 0d;
        if (Number(schema, "minimum") is { } minimum && minimum > value)
        {
            value = minimum;
        }

        if (Number(schema, "exclusiveMinimum") is { } exclusiveMinimum && exclusiveMinimum >= value)
        {
            value = exclusiveMinimum + step;
        }

        if (Number(schema, "maximum") is { } maximum && maximum < value)
        {
            value = maximum;
        }

        if (Number(schema, "exclusiveMaximum") is { } exclusiveMaximum && exclusiveMaximum <= value)
        {
            value = exclusiveMaximum - step;
        }

        return value;
    }

    private static double? Number(JsonElement schema, string name) =>
        schema.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDouble() : null;

    private static JsonElement? Resolve(JsonElement root, string? reference)
    {
        if (reference is null || !reference.StartsWith('#'))
        {
            return null;
        }

        var current = root;
        foreach (var segment in reference[1..].Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var name = segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(name, out current))
            {
                return null;
            }
        }

        return current;
    }
}
