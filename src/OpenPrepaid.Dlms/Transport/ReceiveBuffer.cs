namespace OpenPrepaid.Dlms.Transport;

/// <summary>Bytes received and not yet decoded, kept contiguous so decoders can work on one span.</summary>
internal sealed class ReceiveBuffer
{
    private byte[] data = new byte[4096];
    private int start;
    private int end;

    public ReadOnlySpan<byte> Span => data.AsSpan(start, end - start);

    public int Length => end - start;

    public void Append(ReadOnlySpan<byte> bytes)
    {
        if (end + bytes.Length > data.Length)
        {
            int length = Length;
            if (length + bytes.Length > data.Length)
            {
                var larger = new byte[Math.Max(data.Length * 2, length + bytes.Length)];
                Span.CopyTo(larger);
                data = larger;
            }
            else
            {
                Span.CopyTo(data);
            }

            start = 0;
            end = length;
        }

        bytes.CopyTo(data.AsSpan(end));
        end += bytes.Length;
    }

    public void Consume(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, Length);
        start += count;
        if (start == end)
        {
            start = 0;
            end = 0;
        }
    }

    public void Clear()
    {
        start = 0;
        end = 0;
    }
}
