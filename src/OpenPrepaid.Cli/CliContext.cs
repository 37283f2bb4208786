using System.Globalization;
using Microsoft.Extensions.Logging;
using Spectre.Console;

namespace OpenPrepaid.Cli;

/// <summary>What every command works with: the language of its messages, where it writes and how it logs.</summary>
internal sealed class CliContext
{
    public static readonly string[] Cultures = ["en", "uk"];

    public CliContext(CultureInfo culture, TextWriter output, TextWriter error, Func<LogLevel, ILoggerFactory> createLoggerFactory)
    {
        Culture = culture;
        Output = output;
        Error = error;
        CreateLoggerFactory = createLoggerFactory;
        Messages = new Messages(culture);
        Console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = output == System.Console.Out ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = output == System.Console.Out ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        });
    }

    public CultureInfo Culture { get; }

    public Messages Messages { get; }

    public TextWriter Output { get; }

    public TextWriter Error { get; }

    /// <summary>Rich output (tables) on <see cref="Output"/>.</summary>
    public IAnsiConsole Console { get; }

    /// <summary>Creates the logging of a command at a minimum level; the caller disposes it.</summary>
    public Func<LogLevel, ILoggerFactory> CreateLoggerFactory { get; }

    /// <summary>The process console, in the language that <c>--culture</c> or the system chooses.</summary>
    public static CliContext ForConsole(IReadOnlyList<string> args)
    {
        return new CliContext(ChooseCulture(args, CultureInfo.CurrentUICulture), System.Console.Out, System.Console.Error, ConsoleLogging);
    }

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

    private static ILoggerFactory ConsoleLogging(LogLevel minimum) => LoggerFactory.Create(builder => builder
        .SetMinimumLevel(minimum)
        .AddSimpleConsole(options =>
        {
            options.SingleLine = true;
            options.TimestampFormat = "HH:mm:ss ";
        }));
}
