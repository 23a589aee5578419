namespace ValueAtlas.Evaluation.Prompts;

/// <summary>Chat models get messages; base models on /v1/completions get one text with a few-shot prefix.</summary>
public enum PromptStyle
{
    Chat,
    Completion,
}
