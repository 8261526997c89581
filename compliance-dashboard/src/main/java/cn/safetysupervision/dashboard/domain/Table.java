package cn.safetysupervision.dashboard.domain;

import java.util.List;

/**
 * A table as every screen shows it and every CSV export writes it: the same rows both ways, so what is on screen
 * is what is exported.
 *
 * @param id              export name ({@code /api/export/<id>.csv})
 * @param caption         Chinese caption
 * @param columns         Chinese column headings
 * @param rows            cell texts
 * @param links           per row, a link for the first cell (null for none)
 * @param countdownColumn index of a column holding an ISO instant the page counts down to, or -1
 */
public record Table(String id, String caption, List<String> columns, List<List<String>> rows, List<String> links,
                    int countdownColumn) {

    public Table {
        if (links == null) {
            links = java.util.Collections.nCopies(rows.size(), null);
        }
    }

    public static Table of(String id, String caption, List<String> columns, List<List<String>> rows) {
        return new Table(id, caption, columns, rows, null, -1);
    }

    public boolean empty() {
        return rows.isEmpty();
    }

    public String link(int row) {
        return links.get(row);
    }
}
