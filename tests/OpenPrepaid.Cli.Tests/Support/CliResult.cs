using System.Text.Json;

namespace OpenPrepaid.Cli.Tests.Support;

/// <summary>What one run of the command line returned and wrote.</summary>
public sealed record CliResult(int ExitCode, string Output, string Error)
{
    /// <summary>Standard output parsed as the one JSON document that <c>--json</c> promises; fails when it is anything else.</summary>
    public JsonElement Json
    {
        get
        {
            using var document = JsonDocument.Parse(Output);
            return document.RootElement.Clone();
        }
    }

    /// <summary>Standard error with the no-break spaces of Ukrainian number grouping made plain, for comparing with literals.</summary>
    public string PlainError => Error.Replace('\u00A0', ' ').Replace('\u202F', ' ');

    public string PlainOutput => Output.Replace('\u00A0', ' ').Replace('\u202F', ' ');

    public override string ToString() => $"exit {ExitCode}{Environment.NewLine}stdout: {Output}{Environment.NewLine}stderr: {Error}";
}
