namespace ValueAtlas.Formats.Spss;

internal enum SlotKind
{
    Raw,
    Number,
    SystemMissing,
    Spaces,
    End,
}
