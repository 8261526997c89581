package cn.safetysupervision.disclosure.api;

import cn.safetysupervision.disclosure.domain.PublicViews.AgencySummary;

import java.util.List;

/** CSV (RFC 4180, UTF-8 with BOM so that spreadsheet programs read the Chinese text). */
final class Csv {

    private Csv() {
    }

    static String agencies(List<AgencySummary> rows) {
        StringBuilder out = new StringBuilder("\uFEFFid,机构名称,统一社会信用代码,所在区县,状态\r\n");
        for (AgencySummary a : rows) {
            out.append(cell(a.id())).append(',').append(cell(a.name())).append(',').append(cell(a.creditCode()))
                    .append(',').append(cell(a.district())).append(',').append(cell(a.statusLabel())).append("\r\n");
        }
        return out.toString();
    }

    static String cell(String value) {
        if (value == null) {
            return "";
        }
        // A leading =, +, - or @ would be a formula in a spreadsheet (CSV injection): quote it as text.
        String v = value.matches("^[=+\\-@].*") ? "'" + value : value;
        return v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")
                ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
