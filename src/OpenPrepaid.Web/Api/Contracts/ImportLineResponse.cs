using OpenPrepaid.Core.Register.Import;

namespace OpenPrepaid.Web.Api.Contracts;

/// <param name="Position">The line number in a CSV file, or the entry number (from 1) in a JSON file.</param>
/// <param name="Messages">Why the entry was not added, in the request's language.</param>
public sealed record ImportLineResponse(int Position, string? Serial, MeterImportStatus Status, IReadOnlyList<string> Messages);
