namespace OpenPrepaid.Dlms.Acse;

/// <summary>One BER tag-length-value component: its tag, its content and the offset of its tag.</summary>
internal readonly ref struct BerComponent(byte tag, ReadOnlySpan<byte> content, int offset)
{
    public byte Tag { get; } = tag;

    public ReadOnlySpan<byte> Content { get; } = content;

    public int Offset { get; } = offset;
}
