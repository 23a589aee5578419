namespace ValueAtlas.Evaluation.Tables;

/// <summary>Which side of a similarity a survey table is: a model's answers or the countries' respondents.</summary>
public enum SurveySide
{
    Model,
    Human,
}
