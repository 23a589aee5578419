namespace ValueAtlas.Evaluation.Config;

/// <summary>One entry of <c>evaluation.runs</c>: a prompt kind over one input.</summary>
public sealed record EvaluationRun
{
    /// <summary>Names the run in progress and in evaluate.json; defaults to the kind and index.</summary>
    public string? Name { get; init; }

    /// <summary>mc, open, goqa-dp, goqa-cp, goqa-lp or pvq.</summary>
    public string Kind { get; init; } = "";

    /// <summary>
    /// mc, open, pvq: an items.jsonl (generated, imported, approved or released). goqa-*: a folder holding the
    /// harmonized <c>questions</c> and <c>options</c> tables. Absolute after loading.
    /// </summary>
    public string Input { get; init; } = "";

    /// <summary>
    /// Items: only forms in these languages (empty: every language; each form is asked in its own). goqa-dp/cp: the
    /// prompt language (default en). goqa-lp: the languages the wording is asked in (e.g. [ko]).
    /// </summary>
    public List<string> Languages { get; init; } = [];

    /// <summary>Items: only these countries (alpha-2). goqa-cp: the countries the prompt names (required).</summary>
    public List<string> Countries { get; init; } = [];

    /// <summary>mc, open (judge), pvq: how many different option orders each item is asked in.</summary>
    public int Orderings { get; init; } = 1;

    /// <summary>Alpha-2 of the country whose adult the system prompt asks the model to answer as; none when empty.</summary>
    public string? Persona { get; init; }

    /// <summary>Seeds the option orders; the run config's seed when not set.</summary>
    public int? Seed { get; init; }

    /// <summary>At most this many probes (in input order) for a trial run; all when not set.</summary>
    public int? Limit { get; init; }
}
