namespace OpenPrepaid.Dlms.Xdlms;

/// <summary>
/// Invoke-Id-And-Priority byte: bits 0-3 invoke id, bit 6 service class (1 = confirmed), bit 7 priority
/// (1 = high). The server echoes it in its response.
/// </summary>
public readonly record struct InvokeIdAndPriority(byte Value)
{
    /// <summary>Invoke id 1, confirmed, high priority: 0xC1, the value most clients send.</summary>
    public static InvokeIdAndPriority Default => new(0xC1);

    public int InvokeId => Value & 0x0F;

    public bool IsConfirmed => (Value & 0x40) != 0;

    public bool IsHighPriority => (Value & 0x80) != 0;

    public static InvokeIdAndPriority Create(int invokeId, bool confirmed = true, bool highPriority = true)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(invokeId);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(invokeId, 15);
        return new InvokeIdAndPriority((byte)(invokeId | (confirmed ? 0x40 : 0) | (highPriority ? 0x80 : 0)));
    }

    public override string ToString() => $"0x{Value:X2}";
}
