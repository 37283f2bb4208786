using System.Net;
using OpenPrepaid.Dlms.Hdlc;

namespace OpenPrepaid.Dlms.Server.Hosting;

/// <summary>Where an <see cref="HdlcLineHost"/> listens and how its simulated line behaves.</summary>
public sealed record HdlcLineHostOptions
{
    /// <summary>Address to bind; loopback by default.</summary>
    public IPAddress Address { get; init; } = IPAddress.Loopback;

    /// <summary>Port to bind; 0 lets the system choose (read it from <see cref="HdlcLineHost.Port"/>).</summary>
    public int Port { get; init; }

    /// <summary>Simulated line speed in bit/s, 10 bits per byte; 0 sends at the socket's speed.</summary>
    public int BaudRate { get; init; }

    /// <summary>Pause between the end of a request and the start of the reply, as a meter's turnaround time.</summary>
    public TimeSpan TurnaroundDelay { get; init; }

    /// <summary>Capabilities and limits of every station's link.</summary>
    public HdlcServerLinkOptions Link { get; init; } = new();

    /// <summary>Clock for pacing and injected delays.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
