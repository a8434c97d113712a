/**
 * The window: the only ring that imports javafx.scene and javafx.stage. {@link org.timescope.ui.TimescopeApp}
 * is the composition root; views bind to data prepared by the services and never touch SQL.
 */
package org.timescope.ui;
