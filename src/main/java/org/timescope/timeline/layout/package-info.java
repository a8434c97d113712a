/**
 * Pure timeline geometry: time↔pixel scales, tick choice, lane packing, clusters for dense regions and
 * hit testing. No toolkit and no I/O, so every rule here is tested with plain JUnit, and the same layout
 * feeds the screen and the exports. Time is measured in days since 1970-01-01 (doubles).
 */
package org.timescope.timeline.layout;
