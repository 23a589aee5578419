using System.Collections.Concurrent;

namespace ValueAtlas.Core.Llm;

/// <summary>Token and cost accounting per model, shared by every gateway of a run so a run report can total it.</summary>
public sealed class UsageLedger
{
    private readonly ConcurrentDictionary<string, ModelUsage> _models = new(StringComparer.Ordinal);

    public void Record(string model, CallInfo call) =>
        _models.AddOrUpdate(model, m => new ModelUsage { Model = m }.Add(call), (_, usage) => usage.Add(call));

    public ModelUsage For(string model) => _models.TryGetValue(model, out var usage) ? usage : new ModelUsage { Model = model };

    public IReadOnlyList<ModelUsage> All => _models.Values.OrderBy(u => u.Model, StringComparer.Ordinal).ToArray();
}
