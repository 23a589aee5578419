namespace ValueAtlas.Core.Prompts;

/// <summary>A template with every placeholder filled; <see cref="Sha256"/> goes into provenance.</summary>
public sealed record RenderedPrompt(string TemplateId, string Text, string Sha256);
