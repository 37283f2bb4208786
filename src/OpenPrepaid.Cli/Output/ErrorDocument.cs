namespace OpenPrepaid.Cli.Output;

/// <summary>The <c>--json</c> document of a command that failed before it had a result: <c>{"error": {"code", "message"}}</c>.</summary>
internal sealed record ErrorDocument(ErrorDetail Error);
