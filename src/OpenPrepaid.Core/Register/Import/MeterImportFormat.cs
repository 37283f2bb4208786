namespace OpenPrepaid.Core.Register.Import;

/// <summary>The file formats a meter register import reads.</summary>
public enum MeterImportFormat
{
    /// <summary>Comma- or semicolon-separated values with a header row naming the columns.</summary>
    Csv = 0,

    /// <summary>A JSON fleet file: an object with a <c>meters</c> array, or a bare array of meter objects.</summary>
    FleetJson = 1,
}
