namespace OpenPrepaid.Dlms.Transport;

/// <summary>The wrapper ports and limits of a <see cref="WrapperTransport"/>.</summary>
public sealed record WrapperTransportSettings
{
    /// <summary>The client's wPort (client SAP); 16 is the public client, 1 the management client.</summary>
    public ushort ClientPort { get; init; } = 16;

    /// <summary>The meter's wPort (logical device); 1 is the management logical device.</summary>
    public ushort ServerPort { get; init; } = 1;

    /// <summary>Largest APDU accepted from the meter, in bytes; a longer length field is rejected before its bytes arrive.</summary>
    public int MaxReceiveApduLength { get; init; } = ushort.MaxValue;

    /// <summary>Clock for the receive timeout; tests substitute a fake one.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
