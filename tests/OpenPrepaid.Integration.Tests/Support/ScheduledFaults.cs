using OpenPrepaid.Dlms.Server;
using OpenPrepaid.Simulator.Cosem;

namespace OpenPrepaid.Integration.Tests.Support;

/// <summary>
/// Puts one fault on the n-th request APDU a simulated meter receives after <see cref="Arm"/>, so a test can
/// aim at any step of a workflow (the read before a charge, the token, the read back) and count what it hit.
/// Faults the meter's own rules choose still apply to the other requests.
/// </summary>
internal sealed class ScheduledFaults
{
    private readonly Lock _sync = new();
    private readonly Func<ExchangeKind, ExchangeFault>? _rules;
    private readonly Dictionary<ExchangeFaultKind, int> _injected = [];
    private ExchangeFault _fault;
    private int _remaining;

    public ScheduledFaults(SimulatedMeterDevice device)
    {
        _rules = device.Device.FaultSource;
        device.Device.FaultSource = Next;
    }

    /// <summary>How many faults of each kind reached the meter.</summary>
    public IReadOnlyDictionary<ExchangeFaultKind, int> Injected
    {
        get
        {
            lock (_sync)
            {
                return new Dictionary<ExchangeFaultKind, int>(_injected);
            }
        }
    }

    /// <summary>Injects <paramref name="fault"/> into request number <paramref name="request"/> from now, counting from 1.</summary>
    public void Arm(int request, ExchangeFault fault)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(request, 1);
        lock (_sync)
        {
            _remaining = request;
            _fault = fault;
        }
    }

    public void Disarm()
    {
        lock (_sync)
        {
            _remaining = 0;
        }
    }

    private ExchangeFault Next(ExchangeKind kind)
    {
        lock (_sync)
        {
            if (kind == ExchangeKind.Apdu && _remaining > 0 && --_remaining == 0)
            {
                _injected[_fault.Kind] = _injected.GetValueOrDefault(_fault.Kind) + 1;
                return _fault;
            }
        }

        return _rules?.Invoke(kind) ?? ExchangeFault.None;
    }
}
