using System.Runtime.InteropServices;

namespace OpenPrepaid.ReadAll.Benchmark;

/// <summary>kill(2) from the C library, to stop a child process the way Ctrl+C or a service manager would.</summary>
internal static partial class UnixSignals
{
    /// <summary>SIGTERM, 15 on Linux and macOS.</summary>
    public const int Terminate = 15;

    /// <summary>Sends <paramref name="signal"/> to the process <paramref name="processId"/>. Returns 0 on success and -1 on failure.</summary>
    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    public static partial int Kill(int processId, int signal);
}
