package org.timescope.cli;

import org.timescope.model.PartialDate;
import picocli.CommandLine;

/** Option converters whose messages say what is wrong with the value. */
final class Converters {
    private Converters() {
    }

    static final class Date implements CommandLine.ITypeConverter<PartialDate> {
        @Override
        public PartialDate convert(String value) {
            try {
                return PartialDate.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
