namespace ValueAtlas.Evaluation.Inputs;

/// <summary>
/// Where one item stands among the forms of its question, across languages: the multilingual measure pairs the
/// <see cref="FormIndex"/>-th form of the same English original in every language.
/// </summary>
/// <param name="OriginalTextEn">The English text of the item's root original (the question every form and translation goes back to); null when no row of the family gives one.</param>
/// <param name="FormIndex">0 for the original or a translation of it, then 1, 2, … for its paraphrases in that language, in file order.</param>
/// <param name="TopicName">The topic's name in the item's language.</param>
public sealed record ItemForm(string? OriginalTextEn, int FormIndex, string TopicName);
