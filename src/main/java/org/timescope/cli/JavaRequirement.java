package org.timescope.cli;

/**
 * Says so in one line when the Java running Timescope is older than 17. This class and {@code Main} are
 * compiled for Java 8 (see the pom), so that an old Java loads them and reads this message instead of
 * failing with an UnsupportedClassVersionError on the first class of the program; keep them free of newer API.
 */
public final class JavaRequirement {

    static final int NEEDED = 17;

    private JavaRequirement() {
    }

    /**
     * The message for a Java whose {@code java.specification.version} is {@code version} ("1.8", "11", "17"),
     * or null when it is recent enough.
     */
    public static String problem(String version) {
        int feature = feature(version);
        if (feature >= NEEDED) {
            return null;
        }
        return "timescope: needs Java " + NEEDED + " or newer, but this is Java " + version
                + " (" + System.getProperty("java.home") + "); install openjdk-" + NEEDED
                + "-jre (Debian) and run it with that java, or use the installed package, which brings its own";
    }

    /** Prints the message on standard error and returns the exit code 1, or returns 0 when Java is recent enough. */
    public static int check() {
        String problem = problem(System.getProperty("java.specification.version"));
        if (problem == null) {
            return 0;
        }
        System.err.println(problem);
        return 1;
    }

    private static int feature(String version) {
        if (version == null) {
            return NEEDED; // nothing to go on: let the program try
        }
        String v = version.startsWith("1.") ? version.substring(2) : version;
        int end = 0;
        while (end < v.length() && Character.isDigit(v.charAt(end))) {
            end++;
        }
        try {
            return Integer.parseInt(v.substring(0, end));
        } catch (NumberFormatException e) {
            return NEEDED;
        }
    }
}
