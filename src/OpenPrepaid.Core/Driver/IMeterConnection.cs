using OpenPrepaid.Core.Register;

namespace OpenPrepaid.Core.Driver;

/// <summary>
/// One open byte stream to a channel (a TCP endpoint or a serial port). Meters on the channel are
/// exchanged with one after another over it; it is never used by two exchanges at once.
/// </summary>
public interface IMeterConnection : IAsyncDisposable
{
    ChannelEndpoint Channel { get; }

    /// <summary>True once the stream failed or was left in an unknown state; it is then closed and reopened, never reused.</summary>
    bool IsBroken { get; }
}
