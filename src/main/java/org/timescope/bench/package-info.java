/**
 * Synthetic data and the benchmark: a deterministic generator of large event files, and the runner that
 * measures import, first paint, frames, filters, search, snapshot and heap at several sizes.
 */
package org.timescope.bench;
