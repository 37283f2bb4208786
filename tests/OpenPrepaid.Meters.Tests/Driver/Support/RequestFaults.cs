using OpenPrepaid.Dlms.Server;
using OpenPrepaid.Simulator.Cosem;

namespace OpenPrepaid.Meters.Tests.Driver.Support;

/// <summary>
/// Injects one fault into the n-th request APDU a simulated meter receives from now on, 1 being the next AARQ.
/// A test can so hit a chosen step of an exchange: in a top-up, 1 is the AARQ, 2 the read before and 3 the ACTION.
/// </summary>
internal static class RequestFaults
{
    public static void OnRequest(SimulatedMeterDevice device, int request, ExchangeFault fault)
    {
        var original = device.Device.FaultSource;
        var seen = 0;
        device.Device.FaultSource = kind =>
        {
            if (kind == ExchangeKind.Apdu && Interlocked.Increment(ref seen) == request)
            {
                return fault;
            }

            return original?.Invoke(kind) ?? ExchangeFault.None;
        };
    }
}
