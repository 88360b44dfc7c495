package org.gongkai.render;

import org.gongkai.report.NormalizedReport;

/**
 * A report as printed to a file, with what the parser must read back from it.
 *
 * <p>{@code expected} is the truth as printed: a cell printed blank or as a placeholder is {@code blank} or
 * {@code placeholder} (value null), an annotated number keeps its annotation in {@code raw}, a row the file
 * cannot carry (a cut row, a cell-lines row whose empty cell was dropped) is {@code missing}. Its source has
 * the bytes' sha256, the layout and the encoding as the decoder names it; {@code source.uri} is null (the
 * caller knows the path). Fields a round trip compares loosely, and why:
 * <ul>
 *   <li>{@code report_id}: the truth's (a manifest id); the parser derives its own from agency, year and hash.</li>
 *   <li>{@code notices}: empty. Notices are the parser's findings about the text, not printed facts.</li>
 *   <li>{@code raw} of flattened cells: the parser can only give the token of its reading, or the whole run
 *       for an ambiguous cell.</li>
 *   <li>{@code agency.region_code}: the truth's; the parser resolves it from the printed name, which works
 *       only for names the region registry knows.</li>
 * </ul>
 *
 * @param extension txt, md or html
 * @param layout    the contract's layout code: pipe-text, markdown, cell-lines, flattened, html
 * @param encoding  UTF-8 (with or without BOM) or GB18030
 */
public record RenderedReport(byte[] bytes, String extension, String layout, String encoding,
                             NormalizedReport expected) {
}
