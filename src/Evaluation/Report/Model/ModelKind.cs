namespace ValueAtlas.Evaluation.Report.Model;

/// <summary>Base (pretrained, prompted as a completion) or chat (instruction-tuned) model.</summary>
public enum ModelKind
{
    Chat,
    Base,
}
