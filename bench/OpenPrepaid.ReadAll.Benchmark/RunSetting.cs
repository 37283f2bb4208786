using System.Globalization;

namespace OpenPrepaid.ReadAll.Benchmark;

/// <summary>One fleet to serve and read: a TCP fleet (each meter on its own port) or one paced HDLC line.</summary>
/// <param name="Meters">Meters in the fleet.</param>
/// <param name="IsLine">True for one HDLC line of all the meters, false for a meter per port over the TCP wrapper.</param>
/// <param name="Baud">Line speed in bit/s; used only for a line.</param>
/// <param name="Turnaround">Pause of a line meter between a request and its reply; used only for a line.</param>
internal sealed record RunSetting(int Meters, bool IsLine, int Baud, TimeSpan Turnaround)
{
    public static RunSetting TcpFleet(int meters) => new(meters, false, 0, TimeSpan.Zero);

    public static RunSetting Line(int meters, int baud, TimeSpan turnaround) => new(meters, true, baud, turnaround);

    public string Name => IsLine
        ? string.Create(CultureInfo.InvariantCulture, $"line {Meters} @ {Baud} baud")
        : string.Create(CultureInfo.InvariantCulture, $"TCP fleet {Meters}");

    /// <summary>The arguments of <c>openprepaid simulate</c> that serve this fleet.</summary>
    public IReadOnlyList<string> SimulateArguments(ulong seed, string fleetFile)
    {
        var arguments = new List<string>
        {
            "simulate",
            "--meters", Meters.ToString(CultureInfo.InvariantCulture),
            "--seed", seed.ToString(CultureInfo.InvariantCulture),
            "--fleet-file", fleetFile,
        };
        if (IsLine)
        {
            arguments.AddRange(
            [
                "--line", Meters.ToString(CultureInfo.InvariantCulture),
                "--baud", Baud.ToString(CultureInfo.InvariantCulture),
                "--turnaround", ((long)Turnaround.TotalMilliseconds).ToString(CultureInfo.InvariantCulture),
            ]);
        }

        return arguments;
    }
}
