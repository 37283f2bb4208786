using OpenPrepaid.Core.Register;

namespace OpenPrepaid.Core.Tests.Register;

public sealed class ChannelEndpointTests
{
    [Fact]
    public void TcpIdentityIgnoresHostCase()
    {
        Assert.Equal(ChannelEndpoint.Tcp("Converter.Local", 4001).Identity, ChannelEndpoint.Tcp("converter.local", 4001).Identity);
        Assert.Equal("tcp:converter.local:4001", ChannelEndpoint.Tcp("Converter.Local", 4001).Identity.Key);
    }

    [Fact]
    public void DifferentPortsAreDifferentChannels()
    {
        Assert.NotEqual(ChannelEndpoint.Tcp("10.0.0.5", 4001).Identity, ChannelEndpoint.Tcp("10.0.0.5", 4002).Identity);
    }

    [Fact]
    public void OnlyWindowsPortNamesIgnoreCase()
    {
        Assert.Equal(ChannelEndpoint.Serial("com3", 9600).Identity, ChannelEndpoint.Serial("COM3", 19200).Identity);
        Assert.NotEqual(ChannelEndpoint.Serial("/dev/ttyUSB0", 9600).Identity, ChannelEndpoint.Serial("/dev/TTYUSB0", 9600).Identity);
    }

    [Fact]
    public void SerialAndTcpNeverShare()
    {
        Assert.NotEqual(ChannelEndpoint.Serial("4001", 9600).Identity, ChannelEndpoint.Tcp("4001", 4001).Identity);
    }
}
