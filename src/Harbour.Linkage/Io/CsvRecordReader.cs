using System.Globalization;
using System.Text;
using Sylvan.Data.Csv;
using Harbour.Linkage.Data;

namespace Harbour.Linkage.Io;

/// <summary>Records read from a CSV file, with the mapping used and the header row.</summary>
public sealed record CsvInput(IReadOnlyList<string> Headers, ColumnMapping Mapping, IReadOnlyList<PersonRecord> Records);

/// <summary>
/// Reads RFC 4180 CSV (quoted fields with commas, quotes and newlines; a UTF-8 byte order mark; CRLF or LF;
/// spaces after commas) into records. Problems are reported with the line they start on.
/// </summary>
public static class CsvRecordReader
{
    public static CsvInput Read(string path, Func<IReadOnlyList<string>, ColumnMapping>? mapping = null)
    {
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return Read(reader, mapping, path);
    }

    public static CsvInput Read(TextReader reader, Func<IReadOnlyList<string>, ColumnMapping>? mapping = null, string source = "input")
    {
        ArgumentNullException.ThrowIfNull(reader);
        var options = new CsvDataReaderOptions { HasHeaders = true, Delimiter = ',' };
        CsvDataReader csv;
        try
        {
            csv = CsvDataReader.Create(reader, options);
        }
        catch (CsvFormatException exception)
        {
            throw new LinkageInputException($"{source}: line 1: the header row is malformed: {exception.Message}", exception);
        }

        using (csv)
        {
            string[] headers = [.. Enumerable.Range(0, csv.FieldCount).Select(i => csv.GetName(i).Trim().TrimStart('\uFEFF'))];
            if (headers.Length == 0 || headers.All(h => h.Length == 0))
            {
                throw new LinkageInputException($"{source}: the file is empty; expected a header row.");
            }

            ColumnMapping columns = (mapping ?? ColumnMapping.Infer)(headers);
            int idColumn = columns.IdColumn is null ? -1 : ColumnIndex(headers, columns.IdColumn, source);
            var fieldColumns = columns.Fields.ToDictionary(pair => pair.Key, pair => pair.Value.Select(name => ColumnIndex(headers, name, source)).ToArray());
            if (fieldColumns.Count == 0)
            {
                throw new LinkageInputException(
                    $"{source}: no column is recognised as a field to compare. Headers: {string.Join(", ", headers)}. Name the columns in a settings file.");
            }

            var records = new List<PersonRecord>();
            var ids = new HashSet<string>(StringComparer.Ordinal);
            var row = new string[headers.Length];

            // Sylvan counts records, not lines; count the line breaks inside quoted values to name the physical line.
            long line = 2;
            while (true)
            {
                try
                {
                    if (!csv.Read())
                    {
                        break;
                    }
                }
                catch (CsvFormatException exception)
                {
                    throw new LinkageInputException($"{source}: line {line}: malformed CSV (is a quote left unclosed?): {exception.Message}", exception);
                }

                long startLine = line;
                int fieldCount = csv.RowFieldCount;
                long breaks = 0;
                for (int i = 0; i < fieldCount; i++)
                {
                    string value = csv.GetString(i);
                    breaks += value.AsSpan().Count('\n');
                    if (i < row.Length)
                    {
                        row[i] = value.Trim();
                    }
                }

                line += 1 + breaks;
                if (fieldCount == 1 && row[0].Length == 0 && headers.Length > 1)
                {
                    continue;
                }

                if (fieldCount != headers.Length)
                {
                    throw new LinkageInputException(
                        $"{source}: line {startLine}: expected {headers.Length} fields as in the header but found {fieldCount}.");
                }

                string id = idColumn >= 0 ? row[idColumn] : records.Count.ToString(CultureInfo.InvariantCulture);
                if (id.Length == 0)
                {
                    throw new LinkageInputException($"{source}: line {startLine}: the id column '{columns.IdColumn}' is empty.");
                }

                if (!ids.Add(id))
                {
                    throw new LinkageInputException($"{source}: line {startLine}: the id '{id}' appears more than once.");
                }

                var record = new PersonRecord(id);
                foreach ((FieldRole role, int[] indexes) in fieldColumns)
                {
                    string value = indexes.Length == 1 ? row[indexes[0]] : string.Join(' ', indexes.Select(i => row[i]).Where(v => v.Length > 0));
                    if (value.Length > 0)
                    {
                        record = record.With(role, value);
                    }
                }

                records.Add(record);
            }

            return new CsvInput(headers, columns, records);
        }
    }

    private static int ColumnIndex(string[] headers, string name, string source)
    {
        int index = Array.FindIndex(headers, h => string.Equals(h, name, StringComparison.OrdinalIgnoreCase));
        return index >= 0
            ? index
            : throw new LinkageInputException($"{source}: line 1: there is no column '{name}'. Headers: {string.Join(", ", headers)}.");
    }
}
