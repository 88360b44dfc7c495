package org.gongkai.parse;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** PDFs that cannot become a report are quarantined with a PDF reason, never with a PDFBox exception. */
class PdfQuarantineTest {

    @Test
    void aScanWithoutTextLayerNeedsOcr() throws Exception {
        assertReason(ParseFailure.Reason.PDF_NO_TEXT_LAYER, "pdf_no_text_layer", scannedPage());
    }

    @Test
    void aPdfThatNeedsAPasswordToOpenIsEncrypted() throws Exception {
        byte[] pdf;
        try (TestPdfCanvas canvas = new TestPdfCanvas()) {
            canvas.paragraph("二、主动公开政府信息情况", 12);
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "reader", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            canvas.document().protect(policy);
            pdf = canvas.save();
        }
        assertReason(ParseFailure.Reason.PDF_ENCRYPTED, "pdf_encrypted", pdf);
    }

    /** Copy and print restrictions (an owner password alone) do not hide the text: such a report is read. */
    @Test
    void aPdfRestrictedOnlyByItsOwnerIsRead() throws Exception {
        TestReportPdf.Drawn drawn = TestReportPdf.draw(7);
        byte[] pdf;
        try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(drawn.pdf())) {
            AccessPermission permissions = new AccessPermission();
            permissions.setCanExtractContent(false);
            permissions.setCanPrint(false);
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "", permissions);
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            pdf = out.toByteArray();
        }
        assertEquals(drawn.format(), new ReportParser().parse(pdf, "restricted.pdf").format());
    }

    @Test
    void aBrokenPdfIsUnreadable() {
        byte[] broken = "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> garbage\u0000\u0001"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertReason(ParseFailure.Reason.PDF_UNREADABLE, "pdf_unreadable", broken);
    }

    /** A download cut short: PDFBox may still recover some pages; either way the outcome is a ParseFailure. */
    @Test
    void aTruncatedPdfFailsAsAParseFailure() throws Exception {
        byte[] whole = TestReportPdf.draw(11).pdf();
        for (int percent : new int[] {5, 30, 60, 90}) {
            byte[] cut = Arrays.copyOf(whole, whole.length * percent / 100);
            assertThrows(ParseFailure.class, () -> new ReportParser().parse(cut, "cut.pdf"), percent + "% of the file");
        }
    }

    private static void assertReason(ParseFailure.Reason reason, String code, byte[] pdf) {
        ParseFailure failure = assertThrows(ParseFailure.class, () -> new ReportParser().parse(pdf, "test.pdf"));
        assertEquals(reason, failure.reason(), failure.getMessage());
        assertEquals(code, failure.reason().code());
    }

    /** One page holding only a picture of a table, as a scanner makes it. */
    private static byte[] scannedPage() throws IOException {
        BufferedImage image = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 400, 300);
        g.setColor(Color.BLACK);
        for (int i = 0; i <= 10; i++) {
            g.drawLine(20, 20 + 25 * i, 380, 20 + 25 * i);
        }
        g.dispose();
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawImage(LosslessFactory.createFromImage(document, image), 50, 400, 400, 300);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }
}
