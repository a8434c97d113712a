/**
 * Use-cases shared by the window and the command line: open a workspace (database plus bundled data),
 * query, import and export. Services speak in model records and streams; they neither print nor draw.
 */
package org.timescope.service;
