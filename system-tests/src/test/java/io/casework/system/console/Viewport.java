package io.casework.system.console;

/**
 * The screens the console must work on: a council laptop at its common resolution, and a tablet held upright, as a
 * social worker carries one on a visit. Tests run a view at both so that a layout which only works wide is caught.
 */
public enum Viewport {

    LAPTOP(1366, 768, false),
    TABLET(768, 1024, true);

    final int width;
    final int height;
    /** A tablet is touched, not clicked: pages that listen only for mouse events fail there. */
    final boolean touch;

    Viewport(int width, int height, boolean touch) {
        this.width = width;
        this.height = height;
        this.touch = touch;
    }
}
