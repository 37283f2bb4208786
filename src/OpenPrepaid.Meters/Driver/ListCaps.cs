using System.Collections.Concurrent;

namespace OpenPrepaid.Meters.Driver;

/// <summary>
/// The list cap learned per meter: a meter that rejects a GET- or SET-with-list with an exception-response takes
/// shorter lists, so the driver halves the cap for it and keeps the lower value for later exchanges.
/// </summary>
internal sealed class ListCaps
{
    private readonly ConcurrentDictionary<string, int> _learned = new(StringComparer.Ordinal);

    public int Get(string serial, int configured) => _learned.TryGetValue(serial, out var learned) ? Math.Min(learned, configured) : configured;

    public void Lower(string serial, int cap) => _learned.AddOrUpdate(serial, cap, (_, existing) => Math.Min(existing, cap));
}
