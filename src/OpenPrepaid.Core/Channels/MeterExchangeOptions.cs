namespace OpenPrepaid.Core.Channels;

/// <summary>
/// Limits on how the workflows use channels. Per-exchange timeouts and retries belong to the driver; the
/// deadline here is the backstop that keeps one stuck meter from holding its channel forever.
/// </summary>
public sealed record MeterExchangeOptions
{
    /// <summary>Channels read or written at the same time.</summary>
    public int MaxParallelChannels { get; init; } = 8;

    /// <summary>
    /// Maximum time one meter may take, from opening its channel (when it is the first on the channel) to
    /// the end of its exchange. Set it above the driver's timeout times its retries.
    /// </summary>
    public TimeSpan MeterDeadline { get; init; } = TimeSpan.FromSeconds(120);
}
