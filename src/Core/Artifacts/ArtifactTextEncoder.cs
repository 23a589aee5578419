using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;

namespace ValueAtlas.Core.Artifacts;

/// <summary>
/// The relaxed encoder, except that valid characters outside the Basic Multilingual Plane
/// (emoji, CJK Extension B hanja used in Korean names) stay literal too; the built-in
/// encoders always write those as surrogate escapes, which annotators cannot read.
/// </summary>
internal sealed class ArtifactTextEncoder : JavaScriptEncoder
{
    public static readonly ArtifactTextEncoder Instance = new();

    private static readonly JavaScriptEncoder Relaxed = UnsafeRelaxedJsonEscaping;

    public override int MaxOutputCharactersPerInputCharacter => Relaxed.MaxOutputCharactersPerInputCharacter;

    public override bool WillEncode(int unicodeScalar) =>
        unicodeScalar <= 0xFFFF && Relaxed.WillEncode(unicodeScalar);

    public override unsafe int FindFirstCharacterToEncode(char* text, int textLength) =>
        FirstToEncode(new ReadOnlySpan<char>(text, textLength));

    public override unsafe bool TryEncodeUnicodeScalar(
        int unicodeScalar, char* buffer, int bufferLength, out int numberOfCharactersWritten) =>
        Relaxed.TryEncodeUnicodeScalar(unicodeScalar, buffer, bufferLength, out numberOfCharactersWritten);

    public override int FindFirstCharacterToEncodeUtf8(ReadOnlySpan<byte> utf8Text)
    {
        var position = 0;
        while (position < utf8Text.Length)
        {
            if (Rune.DecodeFromUtf8(utf8Text[position..], out var rune, out var consumed) != OperationStatus.Done
                || WillEncode(rune.Value))
            {
                return position;
            }

            position += consumed;
        }

        return -1;
    }

    private int FirstToEncode(ReadOnlySpan<char> text)
    {
        var position = 0;
        while (position < text.Length)
        {
            if (Rune.DecodeFromUtf16(text[position..], out var rune, out var consumed) != OperationStatus.Done
                || WillEncode(rune.Value))
            {
                return position;
            }

            position += consumed;
        }

        return -1;
    }
}
