namespace ValueAtlas.Evaluation.Metrics;

/// <summary>Lets null (a table with no model or no country column) be a dictionary key.</summary>
internal readonly record struct NullableKey<T>(T? Value);
