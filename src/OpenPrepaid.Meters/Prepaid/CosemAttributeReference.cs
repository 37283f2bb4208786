using OpenPrepaid.Dlms.Cosem;

namespace OpenPrepaid.Meters.Prepaid;

/// <summary>
/// A reference to one attribute of one object: structure {class_id, logical_name, attribute_index}, as in a
/// Charge's commodity or a Limiter's monitored_value.
/// </summary>
public sealed record CosemAttributeReference(ushort ClassId, ObisCode LogicalName, sbyte AttributeIndex)
{
    /// <summary>Value of Register 1.0.1.8.0.255, active energy import total (Wh).</summary>
    public static CosemAttributeReference ActiveEnergyImportTotal { get; } = new(3, new ObisCode(1, 0, 1, 8, 0, 255), 2);

    /// <summary>Value of Register 1.0.1.7.0.255, active power import (W).</summary>
    public static CosemAttributeReference ActivePowerImport { get; } = new(3, new ObisCode(1, 0, 1, 7, 0, 255), 2);
}
