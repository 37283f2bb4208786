using System.CommandLine;
using System.Globalization;
using OpenPrepaid.Cli.Hosting;
using OpenPrepaid.Cli.Output;
using OpenPrepaid.Core.Charges;

namespace OpenPrepaid.Cli;

/// <summary>One run of a command: its parsed options, its output mode and the services it opened.</summary>
internal sealed class CommandScope : IAsyncDisposable
{
    private readonly GlobalOptions _globals;
    private CommandHost? _host;

    public CommandScope(CliContext context, GlobalOptions globals, ParseResult parseResult)
    {
        Context = context;
        _globals = globals;
        ParseResult = parseResult;
        Json = parseResult.GetValue(globals.Json);
    }

    public CliContext Context { get; }

    public ParseResult ParseResult { get; }

    /// <summary>True with <c>--json</c>: standard output gets one JSON document and nothing else.</summary>
    public bool Json { get; }

    public Messages Messages => Context.Messages;

    public CultureInfo Culture => Context.Culture;

    /// <summary>True when progress bars and tables may be drawn: a terminal, and no <c>--json</c>.</summary>
    public bool ShowsProgress => Context.IsOutputTerminal && !Json;

    public T? Value<T>(Option<T> option) => ParseResult.GetValue(option);

    public T? Value<T>(Argument<T> argument) => ParseResult.GetValue(argument);

    /// <summary>Returns the operator written to the journal: <c>--operator</c>, or the name of the user running the command.</summary>
    /// <exception cref="CommandFailedException">The name is longer than the journal keeps (exit code 2).</exception>
    public string OperatorName(string? operatorOption)
    {
        var name = string.IsNullOrWhiteSpace(operatorOption) ? Context.UserName : operatorOption.Trim();
        if (name.Length > Charge.MaxOperatorLength)
        {
            throw new CommandFailedException(
                ExitCodes.InvalidInput, "OperatorTooLong", Messages.Format("OperatorTooLong", name.Length, Charge.MaxOperatorLength));
        }

        return name;
    }

    /// <summary>Opens the database and the services on first use.</summary>
    public async Task<CommandHost> HostAsync(CancellationToken cancellationToken)
    {
        _host ??= await CommandHost.OpenAsync(_globals.HostSettings(ParseResult), Context, cancellationToken).ConfigureAwait(false);
        return _host;
    }

    public Task WriteJsonAsync<T>(T document) => JsonOutput.WriteAsync(Context.Output, document);

    /// <summary>Writes a line of human output; with <c>--json</c> it goes to standard error, so standard output stays one document.</summary>
    public Task WriteLineAsync(string line) => (Json ? Context.Error : Context.Output).WriteLineAsync(line);

    /// <summary>Reports a failure: the message on standard error and, with <c>--json</c>, an error document on standard output.</summary>
    public async Task<int> FailAsync(int exitCode, string code, string message)
    {
        await Context.Error.WriteLineAsync(message).ConfigureAwait(false);
        if (Json)
        {
            await WriteJsonAsync(new ErrorDocument(new ErrorDetail(code, message))).ConfigureAwait(false);
        }

        return exitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync().ConfigureAwait(false);
        }
    }
}
