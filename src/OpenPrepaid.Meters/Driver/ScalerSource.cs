namespace OpenPrepaid.Meters.Driver;

/// <summary>Where the driver takes the scaler_unit of Registers and Extended registers from.</summary>
public enum ScalerSource
{
    /// <summary>From the model file, which fixes every register's scaler and unit. Reads fewer attributes.</summary>
    Model,

    /// <summary>From attribute 3 of each register, read in the same request as the values; the model's is the fallback.</summary>
    Meter,
}
