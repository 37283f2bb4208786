using System.Globalization;
using OpenPrepaid.Core.Channels;

namespace OpenPrepaid.ReadAll.Benchmark;

/// <summary>The command line of the benchmark: which settings to run and how.</summary>
internal sealed record BenchmarkOptions
{
    public const string Usage = """
        Reads a simulated fleet, served by `openprepaid simulate` in a separate process, with the product's Read all.

        Options:
          --meters N         read a TCP fleet of N meters, each on its own port (1 to 10000)
          --line M           read M meters on one HDLC line paced at --baud (1 to 10000)
          --baud B           speed of the line in bit/s, 10 bits per byte (default 9600)
          --turnaround MS    pause of a line meter between a request and its reply, in ms (default 20)
          --parallel P       channels read at the same time (default: the product's default, 8)
          --seed S           seed of the simulated fleet (default 1)
          --openprepaid PATH the openprepaid executable or openprepaid.dll (default: the one built with this project)

        Without --meters and --line it reads 1000 TCP meters and then a line of 32 meters.
        """;

    /// <summary>TCP fleet size, or null to skip the TCP fleet.</summary>
    public int? Meters { get; init; }

    /// <summary>Meters on the line, or null to skip the line.</summary>
    public int? LineMeters { get; init; }

    public int Baud { get; init; } = 9600;

    public TimeSpan Turnaround { get; init; } = TimeSpan.FromMilliseconds(20);

    public int ParallelChannels { get; init; } = new MeterExchangeOptions().MaxParallelChannels;

    public ulong Seed { get; init; } = 1;

    public string? OpenPrepaidPath { get; init; }

    /// <summary>Parses the arguments; returns null and the error in words when one is invalid.</summary>
    public static (BenchmarkOptions? Options, string? Error) Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);

        var options = new BenchmarkOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (i + 1 >= args.Count)
            {
                return (null, $"option {name} needs a value");
            }

            var value = args[++i];
            string? error;
            (options, error) = name switch
            {
                "--meters" => WithInt(options, name, value, 1, 10_000, (o, v) => o with { Meters = v }),
                "--line" => WithInt(options, name, value, 1, 10_000, (o, v) => o with { LineMeters = v }),
                "--baud" => WithInt(options, name, value, 300, 10_000_000, (o, v) => o with { Baud = v }),
                "--turnaround" => WithInt(options, name, value, 0, 10_000, (o, v) => o with { Turnaround = TimeSpan.FromMilliseconds(v) }),
                "--parallel" => WithInt(options, name, value, 1, 10_000, (o, v) => o with { ParallelChannels = v }),
                "--seed" => ulong.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seed)
                    ? (options with { Seed = seed }, null)
                    : (options, $"--seed expects a whole number from 0, not '{value}'"),
                "--openprepaid" => (options with { OpenPrepaidPath = value }, null),
                _ => (options, $"unknown option '{name}'"),
            };
            if (error is not null)
            {
                return (null, error);
            }
        }

        if (options.Meters is null && options.LineMeters is null)
        {
            options = options with { Meters = 1000, LineMeters = 32 };
        }

        return (options, null);
    }

    private static (BenchmarkOptions Options, string? Error) WithInt(
        BenchmarkOptions options, string name, string value, int min, int max, Func<BenchmarkOptions, int, BenchmarkOptions> apply)
    {
        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < min || number > max)
        {
            return (options, $"{name} expects a whole number from {min} to {max}, not '{value}'");
        }

        return (apply(options, number), null);
    }
}
