package org.gongkai.parse;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns an HTML page into rows: each table row ({@code <tr>}) gives its cells in order (a rowspan or colspan
 * cell appears once, where it is printed), every other block of text gives a one-cell row. Scripts, styles
 * and the page head are skipped; site chrome stays as text rows that match no label.
 */
final class HtmlGridReader {

    private static final Set<String> SKIPPED = Set.of("script", "style", "head", "noscript", "template", "svg");
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
            "ol", "table", "tbody", "thead", "section", "article", "header", "footer", "nav", "br", "hr",
            "blockquote", "pre", "dd", "dt", "dl", "form", "center", "main", "aside", "caption");

    private final List<GridRow> rows = new ArrayList<>();
    private final StringBuilder line = new StringBuilder();

    private HtmlGridReader() {
    }

    static List<GridRow> rows(String html) {
        Document doc = Jsoup.parse(html);
        HtmlGridReader reader = new HtmlGridReader();
        reader.walk(doc.body());
        reader.flush();
        return reader.rows;
    }

    private void walk(Element element) {
        for (Node node : element.childNodes()) {
            if (node instanceof TextNode text) {
                line.append(text.text());
            } else if (node instanceof Element child) {
                visit(child);
            }
        }
    }

    private void visit(Element element) {
        String tag = element.normalName();
        if (SKIPPED.contains(tag)) {
            return;
        }
        if (tag.equals("tr")) {
            flush();
            List<String> cells = new ArrayList<>();
            for (Element cell : element.children()) {
                if (cell.normalName().equals("td") || cell.normalName().equals("th")) {
                    cells.add(cell.text());
                }
            }
            rows.add(new GridRow(cells));
            return;
        }
        boolean block = BLOCKS.contains(tag);
        if (block) {
            flush();
        }
        walk(element);
        if (block) {
            flush();
        }
    }

    private void flush() {
        String text = line.toString().replace('\u00a0', ' ').strip();
        if (!text.isEmpty()) {
            rows.add(new GridRow(List.of(text)));
        }
        line.setLength(0);
    }
}
