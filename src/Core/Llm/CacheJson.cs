using System.Text.Json.Serialization;

namespace ValueAtlas.Core.Llm;

/// <summary>Source-generated so a cache hit costs microseconds, not reflection.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(CachedAnswer))]
internal sealed partial class CacheJson : JsonSerializerContext;
