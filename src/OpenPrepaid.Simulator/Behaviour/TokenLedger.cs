using OpenPrepaid.Meters.Prepaid;

namespace OpenPrepaid.Simulator.Behaviour;

/// <summary>
/// The last authenticated tokens a meter processed, with their outcome, so that the same token entered again
/// (a retry after a lost response) reports its first outcome and is never applied twice. Older tokens drop out;
/// their sequence numbers are below the meter's last one, so they are still never applied twice.
/// </summary>
internal sealed class TokenLedger
{
    public const int Capacity = 32;

    private readonly Queue<TokenRecord> _records = new();

    public TokenRecord? Find(ReadOnlySpan<byte> token)
    {
        foreach (var record in _records)
        {
            if (token.SequenceEqual(record.Token))
            {
                return record;
            }
        }

        return null;
    }

    public void Remember(TokenRecord record)
    {
        if (_records.Count == Capacity)
        {
            _records.Dequeue();
        }

        _records.Enqueue(record);
    }
}
