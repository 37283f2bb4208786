using OpenPrepaid.Core.Driver;

namespace OpenPrepaid.Core.Charges;

/// <summary>
/// A driver call outlived the per-meter deadline and was abandoned. Unlike a failure the driver reports,
/// it promises nothing about what reached the meter.
/// </summary>
internal sealed class MeterDeadlineException(string serial, TimeSpan deadline, OperationCanceledException innerException)
    : MeterExchangeException(serial, MeterFailureKind.TimedOut, $"timed out: no response within {deadline.TotalSeconds:0} s", innerException);
