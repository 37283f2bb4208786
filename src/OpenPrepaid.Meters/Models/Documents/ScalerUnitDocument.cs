namespace OpenPrepaid.Meters.Models.Documents;

internal sealed class ScalerUnitDocument
{
    public int? Scaler { get; set; }

    /// <summary>A unit symbol (<c>Wh</c>, <c>°C</c>, ...) or the number of the unit enumeration as text.</summary>
    public string? Unit { get; set; }
}
