/**
 * Quoting a source: the researcher picks a stored source (or adds one by pasting its text), selects the
 * passage, and it becomes a verbatim quote with its offsets. {@link org.timescope.ui.evidence.PassagePicker}
 * holds the choice without a scene graph; {@link org.timescope.ui.evidence.EvidenceDialog} shows it.
 */
package org.timescope.ui.evidence;
