/**
 * Reading and writing files: importers and exporters as plain functions between streams and model
 * records (native JSON, CSV). No database and no toolkit here; the service ring stores what they read.
 */
package org.timescope.exchange;
