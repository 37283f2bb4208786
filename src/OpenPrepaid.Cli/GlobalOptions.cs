using System.CommandLine;

namespace OpenPrepaid.Cli;

/// <summary>Options that every command takes.</summary>
internal static class GlobalOptions
{
    public static Option<string> Culture(CliContext context)
    {
        var option = new Option<string>("--culture")
        {
            Description = context.Messages["CultureOption"],
            HelpName = "en|uk",
            Recursive = true,
        };
        option.AcceptOnlyFromAmong(CliContext.Cultures);
        return option;
    }

    public static Option<bool> Verbose(CliContext context) => new("--verbose", "-v")
    {
        Description = context.Messages["VerboseOption"],
        Recursive = true,
    };
}
