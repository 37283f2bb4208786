using Microsoft.Extensions.Logging;
using OpenPrepaid.Dlms.Axdr;
using OpenPrepaid.Meters.Models;
using OpenPrepaid.Simulator.Behaviour;

namespace OpenPrepaid.Simulator.Cosem;

/// <summary>Register (class 3): value (attribute 2) and the scaler_unit of the model (attribute 3).</summary>
internal sealed class Register : SimulatedCosemObject
{
    internal Register(
        CosemObjectDefinition definition,
        SnapshotCache state,
        ILogger logger,
        Func<MeterSnapshot, DlmsData> read,
        Func<DlmsData, WriteResult>? write = null)
        : base(definition, state, logger)
    {
        var scalerUnit = (definition.ScalerUnit ?? throw new ArgumentException($"{definition} has no scaler_unit.", nameof(definition))).ToData();
        if (write is null)
        {
            Attribute(2, read);
        }
        else
        {
            Attribute(2, read, write);
        }

        Attribute(3, _ => scalerUnit);
    }
}
