using ValueAtlas.Core.Config;

namespace ValueAtlas.Core.Llm.Layers;

/// <summary>Where the accounting layer books a call: the model's name in the ledger, its prices, and the clock that times it.</summary>
public sealed record AccountingOptions(string Model, ModelPrice Price, UsageLedger Ledger, TimeProvider Time);
