using System.Globalization;
using OpenPrepaid.Core.Register.Import;

namespace OpenPrepaid.Web.Api.Contracts;

public sealed record ImportResponse(int Added, int NotAdded, IReadOnlyList<ImportLineResponse> Lines)
{
    public static ImportResponse From(MeterImportReport report, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(report);

        var lines = report.Lines.Select(l => new ImportLineResponse(l.Position, l.Serial, l.Status, l.Describe(culture))).ToList();
        return new ImportResponse(report.Added, report.NotAdded, lines);
    }
}
