/** The window half of {@code timescope bench}: frames timed in a real JavaFX window. */
package org.timescope.ui.bench;
