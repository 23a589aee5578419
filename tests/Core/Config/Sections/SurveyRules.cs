using FluentValidation;

namespace ValueAtlas.Core.Tests.Config.Sections;

internal sealed class SurveyRules : AbstractValidator<SurveySettings>
{
    public SurveyRules()
    {
        RuleFor(s => s.Sources).NotEmpty().OverridePropertyName("sources").WithMessage("list at least one file");
        RuleFor(s => s.Waves).InclusiveBetween(1, 10).OverridePropertyName("waves").WithMessage("must be between 1 and 10");
        RuleFor(s => s.Limits.MaxRows).GreaterThan(0).OverridePropertyName("limits.max_rows").WithMessage("must be greater than 0");
    }
}
