using System.Net;

namespace OpenPrepaid.Dlms.Server.Hosting;

/// <summary>Where a <see cref="TcpWrapperHost"/> listens and what it accepts.</summary>
public sealed record TcpWrapperHostOptions
{
    /// <summary>Address to bind; loopback by default.</summary>
    public IPAddress Address { get; init; } = IPAddress.Loopback;

    /// <summary>Port to bind; 0 lets the system choose (read it from <see cref="TcpWrapperHost.Port"/>).</summary>
    public int Port { get; init; }

    /// <summary>Largest request APDU accepted; a connection that announces a longer one is dropped.</summary>
    public int MaxApduLength { get; init; } = ushort.MaxValue;

    /// <summary>Clock for injected delays.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
