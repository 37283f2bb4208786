namespace OpenPrepaid.Dlms.Axdr;

/// <summary>
/// A value of the A-XDR Data CHOICE. Each data type has its own sealed record, so a value always carries
/// its exact wire type and a decoded value encodes back to the same bytes.
/// </summary>
public abstract record DlmsData
{
    private protected DlmsData()
    {
    }

    /// <summary>The A-XDR tag of this value.</summary>
    public abstract DlmsDataType Type { get; }

    /// <summary>
    /// Returns the value of an integer type (integer, long, double-long, long64, their unsigned forms, enum,
    /// bcd and the delta types) widened to <see cref="Int128"/>, or false for any other type.
    /// </summary>
    public virtual bool TryGetInteger(out Int128 value)
    {
        value = default;
        return false;
    }

    /// <summary>
    /// Returns the integer value of this data, or throws a <see cref="DlmsProtocolException"/> naming the
    /// type that arrived instead.
    /// </summary>
    public Int128 GetInteger()
    {
        if (!TryGetInteger(out var value))
        {
            throw new DlmsProtocolException($"Expected an integer value, got {Type}");
        }

        return value;
    }

    /// <summary>Casts to <typeparamref name="T"/> or throws a <see cref="DlmsProtocolException"/> naming both types.</summary>
    public T As<T>()
        where T : DlmsData
    {
        if (this is T typed)
        {
            return typed;
        }

        throw new DlmsProtocolException($"Expected {typeof(T).Name.Replace("Data", string.Empty, StringComparison.Ordinal)}, got {Type}");
    }
}
