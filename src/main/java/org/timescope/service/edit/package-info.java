/**
 * Curation: every user action that changes the collection is an {@link org.timescope.service.edit.EditCommand}
 * that plans its changes (field by field, against what the editor saw), applies them in one transaction and
 * logs them as one group; {@link org.timescope.service.edit.Editor} undoes a group by applying its changes'
 * inverses (and logs that too), so the window's undo stack and the command line's {@code undo} share one path.
 */
package org.timescope.service.edit;
