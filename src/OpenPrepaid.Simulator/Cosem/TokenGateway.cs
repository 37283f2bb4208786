using Microsoft.Extensions.Logging;
using OpenPrepaid.Dlms.Axdr;
using OpenPrepaid.Dlms.Server;
using OpenPrepaid.Meters.Models;
using OpenPrepaid.Meters.Prepaid;

namespace OpenPrepaid.Simulator.Cosem;

/// <summary>
/// Token gateway (class 115) at 0.0.19.40.0.255. enter takes the token as an octet-string, and any other type
/// gets type-unmatched. With an octet-string it succeeds whatever the token's content, so the outcome is read
/// from token_status afterwards: {status_code, data_value}, where 3 is "executed" and data_value names the
/// reasons of a failure. A token entered again reports its first outcome and never adds money twice.
/// </summary>
internal sealed class TokenGateway : SimulatedCosemObject
{
    /// <summary>token_delivery_method 0: remote communications.</summary>
    private const byte RemoteCommunications = 0;

    internal TokenGateway(CosemObjectDefinition definition, SnapshotCache state, ILogger logger, TimeZoneInfo zone)
        : base(definition, state, logger)
    {
        Attribute(2, snapshot => new OctetStringData(snapshot.LastToken.ToArray()));
        Attribute(3, snapshot => MeterDateTimes.Encode(snapshot.LastTokenTime, zone));
        Attribute(5, _ => new EnumData(RemoteCommunications));
        Attribute(6, snapshot => Status(snapshot.TokenStatus));
        Method(1, Enter);
    }

    private static StructureData Status(TokenStatus status) =>
        new(new EnumData((byte)status.Code), new BitStringData(status.DataValueBytes(), status.DataValueBitCount));

    private CosemActionResult Enter(DlmsData token)
    {
        Meter.EnterToken(((OctetStringData)token).Value);
        return CosemActionResult.Success();
    }
}
