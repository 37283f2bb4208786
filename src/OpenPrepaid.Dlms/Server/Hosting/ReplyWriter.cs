namespace OpenPrepaid.Dlms.Server.Hosting;

/// <summary>Writes a reply with the timing an <see cref="ExchangeFault"/> requests.</summary>
internal static class ReplyWriter
{
    /// <summary>
    /// Writes <paramref name="reply"/>: after <see cref="ExchangeFault.Delay"/> for DelayAnswer (and for
    /// PauseBeforeFinalFrame, whose caller passes only the final frame), one byte at a
    /// time with that delay between bytes for TrickleAnswer, otherwise through <paramref name="pacer"/>.
    /// </summary>
    public static async Task WriteAsync(Stream stream, ReadOnlyMemory<byte> reply, ExchangeFault fault, LinePacer pacer, TimeProvider time, CancellationToken cancellationToken)
    {
        switch (fault.Kind)
        {
            case ExchangeFaultKind.DelayAnswer or ExchangeFaultKind.PauseBeforeFinalFrame:
                await Task.Delay(fault.Delay, time, cancellationToken).ConfigureAwait(false);
                await pacer.WriteAsync(stream, reply, cancellationToken).ConfigureAwait(false);
                break;
            case ExchangeFaultKind.TrickleAnswer:
                for (int index = 0; index < reply.Length; index++)
                {
                    if (index > 0)
                    {
                        await Task.Delay(fault.Delay, time, cancellationToken).ConfigureAwait(false);
                    }

                    await pacer.WriteAsync(stream, reply.Slice(index, 1), cancellationToken).ConfigureAwait(false);
                }

                break;
            default:
                await pacer.WriteAsync(stream, reply, cancellationToken).ConfigureAwait(false);
                break;
        }
    }
}
