using System.Globalization;
using Microsoft.Extensions.Logging;
using Spectre.Console;

namespace OpenPrepaid.Cli;

/// <summary>What every command works with: the language of its messages, where it reads and writes, and how it logs.</summary>
internal sealed class CliContext
{
    public static readonly string[] Cultures = ["en", "uk"];

    /// <summary>Width of tables written to a file or a pipe, wide enough that rows of the usual lists do not wrap.</summary>
    private const int RedirectedWidth = 240;

    private readonly Lazy<IAnsiConsole> _console;

    public CliContext(CultureInfo culture, TextWriter output, TextWriter error, Func<LogLevel, ILoggerFactory> createLoggerFactory)
    {
        Culture = culture;
        Output = output;
        Error = error;
        CreateLoggerFactory = createLoggerFactory;
        Messages = new Messages(culture);
        _console = new Lazy<IAnsiConsole>(CreateConsole);
    }

    public CultureInfo Culture { get; }

    public Messages Messages { get; }

    public TextWriter Output { get; }

    public TextWriter Error { get; }

    /// <summary>Where confirmations are read from.</summary>
    public TextReader Input { get; init; } = TextReader.Null;

    /// <summary>True when <see cref="Input"/> is a file or a pipe, so a prompt cannot be answered.</summary>
    public bool IsInputRedirected { get; init; } = true;

    /// <summary>True when <see cref="Output"/> is a terminal, which gets progress bars instead of one line per meter.</summary>
    public bool IsOutputTerminal { get; init; }

    /// <summary>The operator recorded in the journal when a command is not given <c>--operator</c>.</summary>
    public string UserName { get; init; } = Environment.UserName;

    /// <summary>Rich output (tables, progress) on <see cref="Output"/>.</summary>
    public IAnsiConsole Console => _console.Value;

    /// <summary>Creates the logging of a command at a minimum level; the caller disposes it.</summary>
    public Func<LogLevel, ILoggerFactory> CreateLoggerFactory { get; }

    /// <summary>The process console, in the language that <c>--culture</c> or the system chooses.</summary>
    public static CliContext ForConsole(IReadOnlyList<string> args) =>
        new(ChooseCulture(args, CultureInfo.CurrentUICulture), System.Console.Out, System.Console.Error, ConsoleLogging)
        {
            Input = System.Console.In,
            IsInputRedirected = System.Console.IsInputRedirected,
            IsOutputTerminal = !System.Console.IsOutputRedirected,
        };

    /// <summary>
    /// Reads <c>--culture</c> before parsing, so that help and errors are already in that language; an invalid
    /// value is left for the parser to report. Without the option, Ukrainian systems get Ukrainian, others English.
    /// </summary>
    public static CultureInfo ChooseCulture(IReadOnlyList<string> args, CultureInfo system)
    {
        ArgumentNullException.ThrowIfNull(args);
        for (var i = 0; i < args.Count; i++)
        {
            var value = args[i] == "--culture" && i + 1 < args.Count ? args[i + 1]
                : args[i].StartsWith("--culture=", StringComparison.Ordinal) ? args[i]["--culture=".Length..]
                : null;
            if (value is not null && Cultures.Contains(value, StringComparer.OrdinalIgnoreCase))
            {
                return CultureInfo.GetCultureInfo(value.ToLowerInvariant());
            }
        }

        return CultureInfo.GetCultureInfo(system.TwoLetterISOLanguageName == "uk" ? "uk" : "en");
    }

    /// <summary>
    /// Logs to standard error, so that standard output carries only the command's result (one JSON document
    /// with <c>--json</c>). EF Core and the other framework categories log warnings and errors only.
    /// </summary>
    private IAnsiConsole CreateConsole()
    {
        var terminal = IsOutputTerminal && Output == System.Console.Out;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(Output),
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = terminal ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!terminal)
        {
            console.Profile.Width = RedirectedWidth;
        }

        return console;
    }

    private static ILoggerFactory ConsoleLogging(LogLevel minimum) => LoggerFactory.Create(builder => builder
        .SetMinimumLevel(minimum)
        .AddFilter("Microsoft", minimum > LogLevel.Warning ? minimum : LogLevel.Warning)
        .AddSimpleConsole(options =>
        {
            options.SingleLine = true;
            options.TimestampFormat = "HH:mm:ss ";
        })
        .AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace));
}
