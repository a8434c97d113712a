package org.timescope.render.java2d;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.timescope.render.Surface;

/** An in-memory raster to paint frames on without a display (benchmarks and headless checks). */
public final class Java2DCanvas implements AutoCloseable {
    private final BufferedImage image;
    private final Graphics2D g;
    private final Surface surface;

    public Java2DCanvas(int width, int height) {
        image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        g = image.createGraphics();
        surface = new Java2DSurface(g);
    }

    public Surface surface() {
        return surface;
    }

    /** A pixel, so callers can check that something was drawn. */
    public int rgb(int x, int y) {
        return image.getRGB(x, y);
    }

    @Override
    public void close() {
        g.dispose();
    }
}
