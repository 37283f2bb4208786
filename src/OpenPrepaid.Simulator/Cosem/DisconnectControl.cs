using Microsoft.Extensions.Logging;
using OpenPrepaid.Dlms.Axdr;
using OpenPrepaid.Dlms.Server;
using OpenPrepaid.Dlms.Xdlms;
using OpenPrepaid.Meters.Models;
using OpenPrepaid.Simulator.Behaviour;

namespace OpenPrepaid.Simulator.Cosem;

/// <summary>
/// Disconnect control (class 70) at 0.0.96.3.10.255, the supply relay. remote_reconnect connects directly only
/// in control modes 2 and 4. In modes 1, 3, 5 and 6 it arms the relay (ready_for_reconnection), and
/// output_state stays false until the customer presses the button. A command that the mode forbids (mode 0
/// takes none) gets other-reason. A command with nothing to do, such as remote_disconnect while already
/// disconnected, succeeds.
/// </summary>
internal sealed class DisconnectControl : SimulatedCosemObject
{
    internal DisconnectControl(CosemObjectDefinition definition, SnapshotCache state, ILogger logger)
        : base(definition, state, logger)
    {
        Attribute(2, snapshot => new BooleanData(snapshot.OutputState));
        Attribute(3, snapshot => new EnumData((byte)snapshot.ControlState));
        Attribute(4, snapshot => new EnumData(snapshot.ControlMode), value => Meter.SetControlMode(((EnumData)value).Value));
        Method(1, _ => Outcome(Meter.RemoteDisconnect()));
        Method(2, _ => Outcome(Meter.RemoteReconnect()));
    }

    private static CosemActionResult Outcome(RelayCommandResult result) =>
        result == RelayCommandResult.RejectedByControlMode ? new CosemActionResult(ActionResult.OtherReason) : CosemActionResult.Success();
}
