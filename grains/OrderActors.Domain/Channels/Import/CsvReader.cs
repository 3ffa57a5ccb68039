using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace OrderActors.Domain.Channels.Import;

/// <summary>
/// Reads CSV as RFC 4180 defines it: fields separated by commas, records by line breaks (CRLF, and
/// also a bare LF or CR, as files edited on other systems have them); a field that contains a comma,
/// a quote or a line break is enclosed in double quotes, and a quote inside it is doubled. A leading
/// UTF-8 byte order mark is skipped; the line break after the last record is optional. Spaces are
/// part of a field, as the RFC says (callers trim). Records are numbered by the physical line they
/// start on, so a quoted field with line breaks in it does not shift the numbers of later records.
/// </summary>
public static class CsvReader
{
    private const char ByteOrderMark = '\uFEFF';

    /// <summary>
    /// Splits <paramref name="text"/> into records, or says where it is not CSV: a quote that is never
    /// closed, text after a closing quote, or a quote inside a field that is not enclosed in quotes.
    /// Nothing is guessed: a broken quote would move every later field, so the whole text is refused.
    /// </summary>
    public static bool TryRead(string text, out ImmutableArray<CsvRecord> records, [NotNullWhen(false)] out CsvSyntaxError? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = ImmutableArray.CreateBuilder<CsvRecord>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var i = text.Length > 0 && text[0] == ByteOrderMark ? 1 : 0;
        var line = 1;
        var recordLine = 1;
        records = [];
        if (i >= text.Length)
        {
            error = null;
            records = result.ToImmutable();
            return true;
        }

        while (true)
        {
            if (i < text.Length && text[i] == '"')
            {
                var openedOn = line;
                i++;
                while (true)
                {
                    if (i >= text.Length)
                    {
                        error = new CsvSyntaxError(openedOn, "a quoted field is never closed: every opening \" needs a closing \" (a quote inside a field is written twice: \"\")");
                        return false;
                    }

                    var c = text[i];
                    if (c == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    field.Append(c);
                    i++;
                    if (c == '\n' || (c == '\r' && (i >= text.Length || text[i] != '\n')))
                    {
                        line++;
                    }
                }

                if (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                {
                    error = new CsvSyntaxError(line, "text follows a closing quote; a quoted field must end at a comma or the end of the line (a quote inside a field is written twice: \"\")");
                    return false;
                }
            }
            else
            {
                while (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                {
                    if (text[i] == '"')
                    {
                        error = new CsvSyntaxError(line, "a quote inside a field that does not start with a quote; enclose the whole field in quotes and write the quote twice (\"\")");
                        return false;
                    }

                    field.Append(text[i]);
                    i++;
                }
            }

            fields.Add(field.ToString());
            field.Clear();
            if (i >= text.Length)
            {
                result.Add(new CsvRecord(recordLine, [.. fields]));
                break;
            }

            if (text[i] == ',')
            {
                i++;
                continue;
            }

            // A line break ends the record; one after the last record does not start another.
            i += text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
            line++;
            result.Add(new CsvRecord(recordLine, [.. fields]));
            fields.Clear();
            recordLine = line;
            if (i >= text.Length)
            {
                break;
            }
        }

        error = null;
        records = result.ToImmutable();
        return true;
    }
}
