using System.Text;

namespace OpenPrepaid.Core.Register.Import;

/// <summary>
/// Reads meters from CSV text (RFC 4180 quoting). The first non-blank line is the header; the separator
/// is a semicolon when the header has one and no comma (spreadsheets in Ukrainian locales write
/// semicolons), otherwise a comma. Blank lines are skipped.
/// </summary>
internal static class CsvMeterReader
{
    public static MeterImportFile Read(string text)
    {
        var records = new List<(int Line, List<string> Fields)>();
        var problem = Split(text, records);
        if (problem is not null)
        {
            return MeterImportFile.Unreadable(problem);
        }

        if (records.Count == 0)
        {
            return MeterImportFile.Unreadable(new ImportProblem(ImportProblemCode.FileEmpty));
        }

        var (headerLine, header) = records[0];
        var columns = new string?[header.Count];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < header.Count; i++)
        {
            var name = header[i].Trim();
            var canonical = MeterFieldMapper.Canonical(name);
            if (canonical is null)
            {
                return MeterImportFile.Unreadable(new ImportProblem(ImportProblemCode.CsvColumnUnknown, name, headerLine));
            }

            if (!seen.Add(canonical))
            {
                return MeterImportFile.Unreadable(new ImportProblem(ImportProblemCode.CsvColumnRepeated, name));
            }

            columns[i] = canonical;
        }

        if (!seen.Contains(MeterFieldMapper.Serial))
        {
            return MeterImportFile.Unreadable(new ImportProblem(ImportProblemCode.CsvHeaderMissing, MeterFieldMapper.Serial));
        }

        var entries = new List<MeterImportEntry>();
        foreach (var (line, fields) in records.Skip(1))
        {
            if (fields.Count != columns.Length)
            {
                var serialIndex = Array.IndexOf(columns, MeterFieldMapper.Serial);
                var serial = serialIndex < fields.Count ? fields[serialIndex].Trim() : null;
                entries.Add(new MeterImportEntry(line, serial, null, [new ImportProblem(ImportProblemCode.CsvFieldCount, fields.Count, columns.Length)]));
                continue;
            }

            var values = new Dictionary<string, string?>(StringComparer.Ordinal);
            for (var i = 0; i < columns.Length; i++)
            {
                values[columns[i]!] = fields[i];
            }

            entries.Add(MeterFieldMapper.ToEntry(line, values));
        }

        return new MeterImportFile(entries, null);
    }

    /// <summary>Splits the text into records of fields, each with the line it starts on; returns a problem for an unclosed quote.</summary>
    private static ImportProblem? Split(string text, List<(int Line, List<string> Fields)> records)
    {
        var separator = DetectSeparator(text);
        var field = new StringBuilder();
        var fields = new List<string>();
        var line = 1;
        var recordLine = 1;
        var inQuotes = false;
        var quoteLine = 0;

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (inQuotes)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    inQuotes = false;
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    field.Append(c);
                }

                continue;
            }

            if (c == '"' && field.Length == 0)
            {
                inQuotes = true;
                quoteLine = line;
            }
            else if (c == separator)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                EndRecord(records, fields, field, recordLine);
                fields = [];
                line++;
                recordLine = line;
            }
            else
            {
                field.Append(c);
            }
        }

        if (inQuotes)
        {
            return new ImportProblem(ImportProblemCode.CsvQuoteUnclosed, quoteLine);
        }

        EndRecord(records, fields, field, recordLine);
        return null;
    }

    private static void EndRecord(List<(int Line, List<string> Fields)> records, List<string> fields, StringBuilder field, int line)
    {
        fields.Add(field.ToString());
        field.Clear();
        if (fields.Count == 1 && string.IsNullOrWhiteSpace(fields[0]))
        {
            return;
        }

        records.Add((line, fields));
    }

    private static char DetectSeparator(string text)
    {
        var start = 0;
        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        var end = text.IndexOfAny(['\r', '\n'], start);
        var header = end < 0 ? text.AsSpan(start) : text.AsSpan(start, end - start);
        return header.Contains(';') && !header.Contains(',') ? ';' : ',';
    }
}
