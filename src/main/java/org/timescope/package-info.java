/**
 * Timescope's entry point. {@link org.timescope.Main} chooses the command line or the window; the rings
 * below it are model, store, exchange, service, cli and ui (see docs/architecture.md).
 */
package org.timescope;
