using Microsoft.Extensions.Logging;
using OpenPrepaid.Dlms.Axdr;
using OpenPrepaid.Meters.Models;
using OpenPrepaid.Simulator.Behaviour;

namespace OpenPrepaid.Simulator.Cosem;

/// <summary>Data (class 1): one value, attribute 2. What it shows and how a write applies come from the object's key.</summary>
internal sealed class Data : SimulatedCosemObject
{
    internal Data(
        CosemObjectDefinition definition,
        SnapshotCache state,
        ILogger logger,
        Func<MeterSnapshot, DlmsData>? read,
        Func<DlmsData, WriteResult>? write = null)
        : base(definition, state, logger)
    {
        if (write is null)
        {
            Attribute(2, read ?? throw new ArgumentNullException(nameof(read)));
        }
        else
        {
            Attribute(2, read, write);
        }
    }
}
