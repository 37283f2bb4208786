namespace OpenPrepaid.Cli;

/// <summary>
/// Reports progress on the caller's thread at once, unlike <see cref="Progress{T}"/>, which posts to the thread
/// pool and so may report meters out of order or after the command has returned.
/// </summary>
internal sealed class ImmediateProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
