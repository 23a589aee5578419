namespace ValueAtlas.Evaluation.Prompts;

/// <summary>Variable names as they appear in evaluation templates (<c>{{$name}}</c>), so callers cannot misspell them.</summary>
public static class EvalVariables
{
    /// <summary>The probe's text: an item's question or a survey question's wording.</summary>
    public const string Question = "question";

    /// <summary>The lettered options, one per line, in the order shown (<see cref="LetteredLines"/>).</summary>
    public const string Options = "options";

    /// <summary>The judge's topic name, in the probe's language.</summary>
    public const string Topic = "topic";

    /// <summary>The open-ended answer the judge classifies.</summary>
    public const string Answer = "answer";

    /// <summary>A country's name in the template's language.</summary>
    public const string CountryName = "country_name";

    /// <summary>A PVQ portrait (the statement, without the questionnaire's preamble, which the template holds).</summary>
    public const string Description = "description";

    /// <summary>The steering value's name, or the bare word "value", in the template's language.</summary>
    public const string Value = "value";

    /// <summary>The whole chat-style prompt a completion template wraps.</summary>
    public const string Prompt = "prompt";
}
