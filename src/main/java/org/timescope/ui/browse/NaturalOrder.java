package org.timescope.ui.browse;

import java.util.Comparator;

/**
 * Names as people sort them: case ignored, and runs of digits compared as numbers, so "Organisation 2"
 * comes before "Organisation 10" and "19th Forum" before "100th Forum".
 */
final class NaturalOrder implements Comparator<String> {

    static final NaturalOrder INSTANCE = new NaturalOrder();

    private NaturalOrder() {
    }

    @Override
    public int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (Character.isDigit(x) && Character.isDigit(y)) {
                int endA = digitsEnd(a, i);
                int endB = digitsEnd(b, j);
                int byNumber = compareDigits(a.substring(i, endA), b.substring(j, endB));
                if (byNumber != 0) {
                    return byNumber;
                }
                i = endA;
                j = endB;
                continue;
            }
            int byChar = Character.compare(Character.toLowerCase(Character.toUpperCase(x)),
                    Character.toLowerCase(Character.toUpperCase(y)));
            if (byChar != 0) {
                return byChar;
            }
            i++;
            j++;
        }
        int byLength = Integer.compare(a.length() - i, b.length() - j);
        return byLength != 0 ? byLength : a.compareTo(b); // equal but for case: a stable, total order
    }

    private static int digitsEnd(String s, int from) {
        int k = from;
        while (k < s.length() && Character.isDigit(s.charAt(k))) {
            k++;
        }
        return k;
    }

    /** Numbers of any length: leading zeros dropped, then the longer is larger, then digit by digit. */
    private static int compareDigits(String x, String y) {
        String p = x.substring(leadingZeros(x));
        String q = y.substring(leadingZeros(y));
        return p.length() != q.length() ? Integer.compare(p.length(), q.length()) : p.compareTo(q);
    }

    /** How many leading zeros to drop: all but the last digit ("007" → 2, "000" → 2). */
    private static int leadingZeros(String digits) {
        int k = 0;
        while (k < digits.length() - 1 && digits.charAt(k) == '0') {
            k++;
        }
        return k;
    }
}
