namespace OpenPrepaid.Cli.Output;

/// <summary>The <c>--json</c> result of <c>meters import</c>: counts and one line per entry of the file.</summary>
internal sealed record ImportDocument(string File, string Format, int Added, int Updated, int Failed, IReadOnlyList<ImportLineDocument> Lines);
