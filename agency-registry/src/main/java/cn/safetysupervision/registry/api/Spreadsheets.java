package cn.safetysupervision.registry.api;

import cn.safetysupervision.platform.problem.ProblemException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an uploaded list (.csv in UTF-8, or the first sheet of an .xlsx) into rows of header → text, and writes the
 * empty templates. The first row names the columns; blank rows are skipped; each row remembers its line number in
 * the file.
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

    /** A CSV file of just the header row, UTF-8 with a byte order mark so that Excel reads the Chinese names right. */
    public static byte[] csvTemplate(List<String> headers) {
        return ("\uFEFF" + String.join(",", headers) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A workbook of one sheet with the header row. Every column is formatted as text, so that Excel keeps 18-digit
     * 身份证 numbers and credit codes as typed instead of turning them into numbers; {@code choices} (by column index)
     * become drop-down lists.
     */
    public static byte[] xlsxTemplate(String sheetName, List<String> headers, Map<Integer, List<String>> choices, int rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet(sheetName);
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            CellStyle header = workbook.createCellStyle();
            header.cloneStyleFrom(text);
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            Row row = sheet.createRow(0);
            for (int c = 0; c < headers.size(); c++) {
                Cell cell = row.createCell(c);
                cell.setCellValue(headers.get(c));
                cell.setCellStyle(header);
                sheet.setDefaultColumnStyle(c, text);
                sheet.setColumnWidth(c, Math.max(12, headers.get(c).length() * 2 + 4) * 256);
            }
            sheet.createFreezePane(0, 1);
            DataValidationHelper validations = sheet.getDataValidationHelper();
            choices.forEach((column, values) -> {
                DataValidation validation = validations.createValidation(
                        validations.createExplicitListConstraint(values.toArray(String[]::new)),
                        new CellRangeAddressList(1, rows, column, column));
                validation.setShowErrorBox(true);
                sheet.addValidationData(validation);
            });
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
