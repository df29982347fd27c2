using System.Data;
using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using Drawing = DocumentFormat.OpenXml.Spreadsheet.Drawing;
using SheetData = DocumentFormat.OpenXml.Spreadsheet.SheetData;
using LabFlow.Activities.Register;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;

namespace LabFlow.Host.Api.Project;

/// <summary>Writes a register export as XLSX (every sheet, through MiniExcel) or CSV (one sheet, UTF-8 with BOM and semicolons, as Swedish Excel opens it).</summary>
internal static class RegisterFiles
{
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string CsvType = "text/csv; charset=utf-8";

    public static async Task<byte[]> XlsxAsync(RegisterWorkbook workbook, CancellationToken cancellationToken)
    {
        // DataTables keep their header row when a sheet has no rows (dictionaries would lose it).
        var sheets = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var sheet in workbook.Sheets)
        {
            sheets[sheet.Name] = Table(sheet);
        }

        using var stream = new MemoryStream();
        var configuration = new OpenXmlConfiguration { TableStyles = TableStyles.None, AutoFilter = false };
        await stream.SaveAsAsync(sheets, printHeader: true, excelType: ExcelType.XLSX, configuration: configuration, cancellationToken: cancellationToken);
        MoveDrawingsOutOfSheetData(stream);
        return stream.ToArray();
    }

    /// <summary>
    /// MiniExcel 1.47 writes each sheet's (empty) drawing reference inside <c>sheetData</c>, where the schema allows only
    /// rows; Excel repairs such a file with a warning and the Open XML validator refuses it. The element belongs after
    /// <c>sheetData</c>, so it is moved there.
    /// </summary>
    private static void MoveDrawingsOutOfSheetData(MemoryStream stream)
    {
        using var document = SpreadsheetDocument.Open(stream, isEditable: true);
        foreach (var part in document.WorkbookPart?.WorksheetParts ?? [])
        {
            var sheetData = part.Worksheet.GetFirstChild<SheetData>();
            // Inside sheetData the SDK reads the misplaced element as unknown, so it is found by its name.
            foreach (var misplaced in sheetData?.ChildElements.Where(e => e.LocalName == "drawing").ToList() ?? [])
            {
                var relationshipId = misplaced.GetAttributes().FirstOrDefault(a => a.LocalName == "id").Value;
                misplaced.Remove();
                sheetData!.InsertAfterSelf(new Drawing { Id = relationshipId });
            }
        }
    }

    /// <summary>The sheet at <paramref name="index"/> as CSV; cells that a spreadsheet would run as a formula are quoted as text.</summary>
    public static byte[] Csv(RegisterWorkbook workbook, int index)
    {
        var sheet = workbook.Sheets[Math.Clamp(index, 0, workbook.Sheets.Count - 1)];
        var text = new StringBuilder();
        text.AppendJoin(';', sheet.Headers.Select(Cell)).Append("\r\n");
        foreach (var row in sheet.Rows)
        {
            text.AppendJoin(';', row.Select(Cell)).Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static DataTable Table(RegisterSheet sheet)
    {
        var table = new DataTable(sheet.Name) { Locale = CultureInfo.InvariantCulture };
        foreach (var header in sheet.Headers)
        {
            table.Columns.Add(header, typeof(object));
        }

        foreach (var row in sheet.Rows)
        {
            table.Rows.Add([.. row.Select(v => v ?? DBNull.Value)]);
        }

        return table;
    }

    private static string Cell(object? value)
    {
        var text = value switch
        {
            null => string.Empty,
            decimal number => number.ToString("0.##", CultureInfo.GetCultureInfo("sv-SE")),
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? string.Empty,
        };

        // A leading =, +, - or @ would make a spreadsheet run the cell as a formula (CSV injection).
        if (value is string && text.Length > 0 && text[0] is '=' or '+' or '-' or '@')
        {
            text = "'" + text;
        }

        return text.IndexOfAny([';', '"', '\r', '\n']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }
}
