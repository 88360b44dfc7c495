package org.gongkai.parse;

import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

import java.awt.geom.GeneralPath;
import java.awt.geom.PathIterator;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds a page's table borders: stroked straight lines (rectangle edges included), and filled rectangles
 * thin enough to be lines, which is how many word processors draw borders. Larger fills (cell shading, page
 * backgrounds) and curves are not borders. Only unrotated pages are read; on others the grid reader falls
 * back to the gaps between characters.
 */
final class PdfRulingCollector extends PDFGraphicsStreamEngine {

    /** Thicker than this, a filled rectangle is an area, not a line. */
    private static final float MAX_LINE_THICKNESS = 2.5f;
    /** Shorter than this, a segment is a tick or a dot, not a border. */
    private static final float MIN_LENGTH = 2f;
    /** How far from axis-aligned a stroked segment may be and still count. */
    private static final float SLANT = 1f;

    private final GeneralPath path = new GeneralPath();
    private final List<PdfRulings.Segment> horizontal = new ArrayList<>();
    private final List<PdfRulings.Segment> vertical = new ArrayList<>();
    private final float left;
    private final float top;

    private PdfRulingCollector(PDPage page) {
        super(page);
        PDRectangle crop = page.getCropBox();
        this.left = crop.getLowerLeftX();
        this.top = crop.getUpperRightY();
    }

    static PdfRulings collect(PDPage page) throws IOException {
        if (page.getRotation() % 360 != 0) {
            return PdfRulings.none();
        }
        PdfRulingCollector collector = new PdfRulingCollector(page);
        collector.processPage(page);
        return PdfRulings.of(collector.horizontal, collector.vertical);
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        path.moveTo(p0.getX(), p0.getY());
        path.lineTo(p1.getX(), p1.getY());
        path.lineTo(p2.getX(), p2.getY());
        path.lineTo(p3.getX(), p3.getY());
        path.closePath();
    }

    @Override
    public void moveTo(float x, float y) {
        path.moveTo(x, y);
    }

    @Override
    public void lineTo(float x, float y) {
        if (path.getCurrentPoint() == null) {
            path.moveTo(x, y);
        } else {
            path.lineTo(x, y);
        }
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        if (path.getCurrentPoint() == null) {
            path.moveTo(x3, y3);
        } else {
            path.curveTo(x1, y1, x2, y2, x3, y3);
        }
    }

    @Override
    public Point2D getCurrentPoint() {
        return path.getCurrentPoint();
    }

    @Override
    public void closePath() {
        if (path.getCurrentPoint() != null) {
            path.closePath();
        }
    }

    @Override
    public void endPath() {
        path.reset();
    }

    @Override
    public void strokePath() {
        addStrokedSegments();
        path.reset();
    }

    @Override
    public void fillPath(int windingRule) {
        addThinFills();
        path.reset();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        addStrokedSegments();
        addThinFills();
        path.reset();
    }

    @Override
    public void drawImage(PDImage pdImage) {
        // images are not borders
    }

    @Override
    public void clip(int windingRule) {
        // a clipping path is not drawn
    }

    @Override
    public void shadingFill(COSName shadingName) {
        // shading is not a border
    }

    /** Every straight, axis-aligned piece of the path, closing segments included. */
    private void addStrokedSegments() {
        float[] c = new float[6];
        float x = 0;
        float y = 0;
        float startX = 0;
        float startY = 0;
        for (PathIterator it = path.getPathIterator(null); !it.isDone(); it.next()) {
            switch (it.currentSegment(c)) {
                case PathIterator.SEG_MOVETO -> {
                    x = startX = c[0];
                    y = startY = c[1];
                }
                case PathIterator.SEG_LINETO -> {
                    addSegment(x, y, c[0], c[1]);
                    x = c[0];
                    y = c[1];
                }
                case PathIterator.SEG_CLOSE -> {
                    addSegment(x, y, startX, startY);
                    x = startX;
                    y = startY;
                }
                case PathIterator.SEG_QUADTO -> {
                    x = c[2];
                    y = c[3];
                }
                case PathIterator.SEG_CUBICTO -> {
                    x = c[4];
                    y = c[5];
                }
                default -> { }
            }
        }
    }

    private void addSegment(float x1, float y1, float x2, float y2) {
        if (Math.abs(y1 - y2) <= SLANT && Math.abs(x1 - x2) >= MIN_LENGTH) {
            addHorizontal((y1 + y2) / 2, Math.min(x1, x2), Math.max(x1, x2));
        } else if (Math.abs(x1 - x2) <= SLANT && Math.abs(y1 - y2) >= MIN_LENGTH) {
            addVertical((x1 + x2) / 2, Math.min(y1, y2), Math.max(y1, y2));
        }
    }

    /** Each closed piece of a filled path that is a thin bar becomes a line along its middle. */
    private void addThinFills() {
        float[] c = new float[6];
        Rectangle2D.Float bounds = null;
        for (PathIterator it = path.getPathIterator(null); !it.isDone(); it.next()) {
            int type = it.currentSegment(c);
            if (type == PathIterator.SEG_MOVETO) {
                addThinFill(bounds);
                bounds = new Rectangle2D.Float(c[0], c[1], 0, 0);
            } else if (type != PathIterator.SEG_CLOSE && bounds != null) {
                int last = type == PathIterator.SEG_CUBICTO ? 4 : type == PathIterator.SEG_QUADTO ? 2 : 0;
                bounds.add(c[last], c[last + 1]);
            }
        }
        addThinFill(bounds);
    }

    private void addThinFill(Rectangle2D.Float b) {
        if (b == null) {
            return;
        }
        if (b.height <= MAX_LINE_THICKNESS && b.width >= MIN_LENGTH && b.width > b.height) {
            addHorizontal((float) b.getCenterY(), b.x, b.x + b.width);
        } else if (b.width <= MAX_LINE_THICKNESS && b.height >= MIN_LENGTH && b.height > b.width) {
            addVertical((float) b.getCenterX(), b.y, b.y + b.height);
        }
    }

    /** Converts from PDF user space (origin bottom-left, y up) to the glyphs' space (origin top-left, y down). */
    private void addHorizontal(float y, float x1, float x2) {
        horizontal.add(new PdfRulings.Segment(top - y, x1 - left, x2 - left));
    }

    private void addVertical(float x, float y1, float y2) {
        vertical.add(new PdfRulings.Segment(x - left, top - y2, top - y1));
    }
}
