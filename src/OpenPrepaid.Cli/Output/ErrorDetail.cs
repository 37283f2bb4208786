namespace OpenPrepaid.Cli.Output;

/// <param name="Code">A stable name of the failure, such as <c>MeterNotFound</c> or <c>TopUpOutOfRange</c>.</param>
/// <param name="Message">The message in the language of <c>--culture</c>.</param>
internal sealed record ErrorDetail(string Code, string Message);
