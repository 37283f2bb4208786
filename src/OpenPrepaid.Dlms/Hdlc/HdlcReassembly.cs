using System.Buffers;

namespace OpenPrepaid.Dlms.Hdlc;

/// <summary>Collects the information fields of a segmented MSDU up to a size limit.</summary>
internal sealed class HdlcReassembly(int maxSize)
{
    private readonly ArrayBufferWriter<byte> buffer = new();

    public int Length => buffer.WrittenCount;

    public bool IsEmpty => buffer.WrittenCount == 0;

    /// <summary>Appends one segment; returns false (and appends nothing) when the MSDU would exceed the limit.</summary>
    public bool Append(ReadOnlySpan<byte> segment)
    {
        if (buffer.WrittenCount + segment.Length > maxSize)
        {
            return false;
        }

        buffer.Write(segment);
        return true;
    }

    /// <summary>Returns the collected MSDU and starts a new one.</summary>
    public byte[] Take()
    {
        byte[] msdu = buffer.WrittenSpan.ToArray();
        buffer.Clear();
        return msdu;
    }

    public void Clear() => buffer.Clear();
}
