namespace OpenPrepaid.Cli.Output;

/// <param name="Position">The line number in a CSV file, or the entry number (from 1) in a JSON file.</param>
/// <param name="Status"><c>added</c>, <c>updated</c> or <c>failed</c>.</param>
/// <param name="Reasons">Why the entry failed, in the language of <c>--culture</c>; empty otherwise.</param>
internal sealed record ImportLineDocument(int Position, string? Serial, string Status, IReadOnlyList<string> Reasons);
