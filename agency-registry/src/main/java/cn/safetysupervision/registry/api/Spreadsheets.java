package cn.safetysupervision.registry.api;

import cn.safetysupervision.platform.problem.ProblemException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an uploaded list (.csv in UTF-8, or the first sheet of an .xlsx) into rows of header → text. The first row
 * names the columns; blank rows are skipped; each row remembers its line number in the file.
 */
public final class Spreadsheets {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** One data row: its 1-based row number in the file and its cells by (normalised) header. */
    public record Line(int number, Map<String, String> cells) {
    }

    private Spreadsheets() {
    }

    public static List<Line> read(byte[] body, String mediaType) {
        if (body == null || body.length == 0) {
            throw ProblemException.invalidField("body", "the file is empty");
        }
        List<List<String>> rows = mediaType != null && mediaType.startsWith(XLSX) ? xlsx(body) : csv(body);
        if (rows.isEmpty()) {
            throw ProblemException.invalidField("body", "the file has no header row");
        }
        List<String> header = rows.get(0).stream().map(Spreadsheets::normaliseHeader).toList();
        List<Line> lines = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            if (row.stream().allMatch(c -> c == null || c.isBlank())) {
                continue;
            }
            Map<String, String> cells = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                String value = c < row.size() ? row.get(c) : null;
                cells.put(header.get(c), value == null || value.isBlank() ? null : value.strip());
            }
            lines.add(new Line(i + 1, cells));
        }
        return lines;
    }

    static String normaliseHeader(String h) {
        return h == null ? "" : h.replace("\uFEFF", "").replace("*", "").replace("＊", "").strip();
    }

    private static List<List<String>> xlsx(byte[] body) {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            List<List<String>> rows = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        cells.add(text(row.getCell(c), formatter));
                    }
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            throw new ProblemException(cn.safetysupervision.platform.problem.ProblemType.MALFORMED_BODY,
                    "the file is not a readable .xlsx workbook");
        }
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return null;
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        return formatter.formatCellValue(cell);
    }

    /** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks. */
    static List<List<String>> csv(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    field.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                field.append(ch);
            }
        }
        if (quoted) {
            throw new ProblemException(cn.safetysupervision.platform.problem.ProblemType.MALFORMED_BODY,
                    "the CSV file ends inside a quoted field");
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
