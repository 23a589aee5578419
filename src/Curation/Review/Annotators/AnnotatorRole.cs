namespace ValueAtlas.Curation.Review.Annotators;

/// <summary>What a person may do: annotate units; also adjudicate disagreements; also administer.</summary>
public enum AnnotatorRole
{
    Annotator,
    Adjudicator,
    Admin,
}
