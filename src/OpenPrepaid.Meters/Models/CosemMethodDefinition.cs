using OpenPrepaid.Dlms.Axdr;

namespace OpenPrepaid.Meters.Models;

/// <summary>One method of a COSEM object in a meter model, with its parameter type and access per client SAP.</summary>
public sealed record CosemMethodDefinition
{
    public required sbyte Index { get; init; }

    /// <summary>Method name as the interface class defines it (e.g. <c>remote_reconnect</c>).</summary>
    public required string Name { get; init; }

    public required CosemTypeDefinition Parameter { get; init; }

    public bool Mandatory { get; init; } = true;

    public string? Description { get; init; }

    /// <summary>Access per client SAP; a SAP that is missing has no access.</summary>
    public required IReadOnlyDictionary<ushort, MethodAccessMode> Access { get; init; }

    public bool CanInvoke(ushort clientSap)
    {
        return Access.TryGetValue(clientSap, out var mode) && mode == MethodAccessMode.Access;
    }

    /// <summary>
    /// Whether a parameter with this A-XDR tag fits the method. A meter rejects a parameter of another type
    /// with the action result type-unmatched (12), for example a token entered as a visible-string where
    /// the method takes an octet-string.
    /// </summary>
    public bool AcceptsParameterOfType(DlmsDataType type)
    {
        return Parameter.Type == DlmsDataType.DontCare || Parameter.Type == type;
    }
}
