using OpenPrepaid.Core.Driver;
using OpenPrepaid.Core.Register;

namespace OpenPrepaid.Web.Tests.Support;

internal sealed class FakeConnection(ChannelEndpoint channel) : IMeterConnection
{
    public ChannelEndpoint Channel { get; } = channel;

    public bool IsBroken => false;

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
