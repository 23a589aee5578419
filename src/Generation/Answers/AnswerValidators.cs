using FluentValidation;

namespace ValueAtlas.Generation.Answers;

/// <summary>
/// What makes each step's answer usable. The messages go back to the model on a re-ask, so they say what to fix.
/// </summary>
public static class AnswerValidators
{
    public static IValidator<TopicsAnswer> Topics(string language) => new InlineValidator<TopicsAnswer>
    {
        v => v.RuleFor(a => a.Topics).NotEmpty().WithMessage("give at least one topic"),
        v => v.RuleForEach(a => a.Topics).ChildRules(t =>
        {
            t.RuleFor(x => x.Name).NotEmpty().WithMessage("every topic needs a name");
            t.RuleFor(x => x.Name).Must(n => Script.Matches(n, language)).When(x => !string.IsNullOrEmpty(x.Name))
                .WithMessage(x => $"topic name '{x.Name}' is not in the language asked for ({language})");
            t.RuleFor(x => x.NameEn).NotEmpty().WithMessage("every topic needs name_en, its English name");
            t.RuleFor(x => x.Description).NotEmpty().WithMessage("every topic needs a description");
        }),
    };

    public static IValidator<QuestionsAnswer> Questions(string language) => new InlineValidator<QuestionsAnswer>
    {
        v => v.RuleFor(a => a.Questions).NotEmpty().WithMessage("give at least one question"),
        v => v.RuleForEach(a => a.Questions).ChildRules(q =>
        {
            q.RuleFor(x => x.Text).NotEmpty().WithMessage("every question needs text");
            q.RuleFor(x => x.Text).Must(t => Script.Matches(t, language)).When(x => !string.IsNullOrEmpty(x.Text))
                .WithMessage(x => $"question '{x.Text}' is not in the language asked for ({language})");
        }),
    };

    public static IValidator<OptionsAnswer> Options(bool allowNeutral) => new InlineValidator<OptionsAnswer>
    {
        v => v.RuleFor(a => a.Options).Must(o => o.Count == 2 || (allowNeutral && o.Count == 3))
            .WithMessage(allowNeutral ? "give two options (three with a neutral one)" : "give exactly two options"),
        v => v.RuleForEach(a => a.Options).ChildRules(o =>
        {
            o.RuleFor(x => x.Text).NotEmpty().WithMessage("every option needs text");
            o.RuleFor(x => x.Stance).Must(s => StanceText.Parse(s) is not null)
                .WithMessage(x => $"stance '{x.Stance}' must be supports, opposes or neutral");
        }),
    };

    public static IValidator<ParaphrasesAnswer> Paraphrases(string language) => new InlineValidator<ParaphrasesAnswer>
    {
        v => v.RuleFor(a => a.Paraphrases).NotEmpty().WithMessage("give at least one paraphrase"),
        v => v.RuleForEach(a => a.Paraphrases).NotEmpty().WithMessage("a paraphrase must not be empty")
            .Must(p => Script.Matches(p, language)).WithMessage((_, p) => $"paraphrase '{p}' is not in the language asked for ({language})"),
    };

    public static IValidator<TranslationAnswer> Translation(string language, int optionCount) => new InlineValidator<TranslationAnswer>
    {
        v => v.RuleFor(a => a.Question).NotEmpty().Must(q => Script.Matches(q, language))
            .WithMessage($"the question must be translated into {language}"),
        v => v.RuleFor(a => a.Topic).NotEmpty().WithMessage("translate the topic too"),
        v => v.RuleFor(a => a.Options).Must(o => o.Count == optionCount && o.All(t => t.Length > 0))
            .WithMessage($"translate all {optionCount} options, in the same order"),
    };
}
