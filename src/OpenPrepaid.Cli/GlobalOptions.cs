using System.CommandLine;

namespace OpenPrepaid.Cli;

/// <summary>Options that every command takes, before or after the command's name.</summary>
internal sealed class GlobalOptions
{
    public const double MinTimeoutSeconds = 0.1;
    public const double MaxTimeoutSeconds = 30;
    public const int MaxRetries = 10;

    public GlobalOptions(CliContext context)
    {
        var messages = context.Messages;
        Culture = new Option<string>("--culture") { Description = messages["CultureOption"], HelpName = "en|uk", Recursive = true };
        Culture.AcceptOnlyFromAmong(CliContext.Cultures);
        Verbose = new Option<bool>("--verbose", "-v") { Description = messages["VerboseOption"], Recursive = true };
        Json = new Option<bool>("--json") { Description = messages["JsonOption"], Recursive = true };
        Database = new Option<string?>("--db") { Description = messages["DatabaseOption"], HelpName = "PATH|CONNECTION", Recursive = true };
        DataFolder = new Option<string?>("--data") { Description = messages["DataFolderOption"], HelpName = "FOLDER", Recursive = true };
        Timeout = new Option<double>("--timeout")
        {
            Description = messages["TimeoutOption"],
            HelpName = "SECONDS",
            Recursive = true,
            DefaultValueFactory = _ => 5,
        };
        Timeout.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<double>();
            if (value is < MinTimeoutSeconds or > MaxTimeoutSeconds)
            {
                result.AddError(messages.Format("InvalidTimeout", MinTimeoutSeconds, MaxTimeoutSeconds, value));
            }
        });
        Retries = new Option<int>("--retries")
        {
            Description = messages["RetriesOption"],
            HelpName = "N",
            Recursive = true,
            DefaultValueFactory = _ => 2,
        };
        Retries.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<int>();
            if (value is < 0 or > MaxRetries)
            {
                result.AddError(messages.Format("InvalidRetries", MaxRetries, value));
            }
        });
    }

    public Option<string> Culture { get; }

    public Option<bool> Verbose { get; }

    public Option<bool> Json { get; }

    public Option<string?> Database { get; }

    public Option<string?> DataFolder { get; }

    public Option<double> Timeout { get; }

    public Option<int> Retries { get; }

    public void AddTo(Command root)
    {
        root.Options.Add(Culture);
        root.Options.Add(Verbose);
        root.Options.Add(Json);
        root.Options.Add(Database);
        root.Options.Add(DataFolder);
        root.Options.Add(Timeout);
        root.Options.Add(Retries);
    }

    /// <summary>Reads the settings of the services a command opens from the parsed global options.</summary>
    public Hosting.HostSettings HostSettings(ParseResult parseResult) => new()
    {
        Database = parseResult.GetValue(Database),
        DataFolder = parseResult.GetValue(DataFolder),
        ResponseTimeout = TimeSpan.FromSeconds(parseResult.GetValue(Timeout)),
        Retries = parseResult.GetValue(Retries),
        Verbose = parseResult.GetValue(Verbose),
    };
}
