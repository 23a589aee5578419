namespace ValueAtlas.Formats.Stata;

/// <summary>
/// An extended missing value, .a to .z. Surveys use them for answers that are not answers (don't know, refused, not
/// asked), so they are kept apart from the system missing value '.', which readers give as null.
/// </summary>
public readonly record struct StataMissing
{
    public StataMissing(char letter)
    {
        if (letter is < 'a' or > 'z')
        {
            throw new ArgumentOutOfRangeException(nameof(letter), letter, "an extended missing value is .a to .z");
        }

        Letter = letter;
    }

    public char Letter { get; }

    public override string ToString() => "." + Letter;
}
