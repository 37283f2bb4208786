namespace OpenPrepaid.Meters.Models;

/// <summary>
/// A meter model file that cannot be used: invalid JSON, a missing or wrong field, or a rule of the
/// object map broken. The message names the source, the object and the field.
/// </summary>
public sealed class MeterModelException : Exception
{
    public MeterModelException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
