using OpenPrepaid.Meters.Prepaid;

namespace OpenPrepaid.Meters.Tests.Prepaid;

public class DisconnectControlModesTests
{
    [Theory]
    [InlineData(1, ControlState.ReadyForReconnection)]
    [InlineData(2, ControlState.Connected)]
    [InlineData(3, ControlState.ReadyForReconnection)]
    [InlineData(4, ControlState.Connected)]
    [InlineData(5, ControlState.ReadyForReconnection)]
    [InlineData(6, ControlState.ReadyForReconnection)]
    public void RemoteReconnectConnectsDirectlyOnlyInModesTwoAndFour(byte mode, ControlState expected)
    {
        Assert.Equal(expected, DisconnectControlModes.RemoteReconnectTarget(mode));
    }

    [Fact]
    public void ModeTableMatchesStandard()
    {
        byte[] modes = [0, 1, 2, 3, 4, 5, 6];

        Assert.Equal([1, 2, 5], modes.Where(DisconnectControlModes.AllowsManualDisconnect));
        Assert.Equal([5, 6], modes.Where(DisconnectControlModes.AllowsLocalReconnect));
        Assert.Equal([1, 2, 3, 4, 5, 6], modes.Where(DisconnectControlModes.AllowsManualReconnect));
        Assert.Equal([1, 2, 3, 4, 5, 6], modes.Where(DisconnectControlModes.AllowsRemoteAndLocalDisconnect));
    }

    [Fact]
    public void ModeSevenIsOutOfRange()
    {
        Assert.False(DisconnectControlModes.IsValid(7));
        Assert.Throws<ArgumentOutOfRangeException>(() => DisconnectControlModes.RemoteReconnectTarget(7));
    }

    [Fact]
    public void EnumValuesMatchWireNumbers()
    {
        // control_state is sent as enum 16 02 for ready_for_reconnection, 16 01 connected, 16 00 disconnected.
        Assert.Equal(0, (byte)ControlState.Disconnected);
        Assert.Equal(1, (byte)ControlState.Connected);
        Assert.Equal(2, (byte)ControlState.ReadyForReconnection);

        // token_status status_code: 16 03 is token execution OK.
        Assert.Equal(3, (byte)TokenStatusCode.TokenExecutionOk);
        Assert.Equal(4, (byte)TokenStatusCode.FormatFailure);
        Assert.Equal(5, (byte)TokenStatusCode.AuthenticationFailure);
        Assert.Equal(6, (byte)TokenStatusCode.ValidationFailure);
        Assert.Equal(7, (byte)TokenStatusCode.TokenExecutionFailure);
    }
}
