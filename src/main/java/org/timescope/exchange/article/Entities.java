package org.timescope.exchange.article;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.timescope.model.OrganisationKind;
import org.timescope.model.PersonRole;

/**
 * Names in a sentence. Organisations: the gazetteer's forms (longest first, whole words, as written),
 * then capitalised phrases ending in an institution word (University, Court, Procuratorate,
 * Administration, Office, Bureau, Centre …) for ones the store does not know yet. People: a title before
 * a name ("Vice Mayor Chen Qun", "Commissioner Shen Changyu") or a name followed by a title
 * ("Gan Shaoning, Deputy Commissioner of CNIPA"). Places: the gazetteer's, and "in X" after held/opened.
 */
final class Entities {

    static final String HEADS = "University|Court|Procuratorate|Administration|Office|Bureau|Commission|Committee|"
            + "Ministry|Government|Center|Centre|Institute|College|Association|Council|Corporation|Company|Group|"
            + "Agency|Organization|Organisation|Department|Academy|School|News|Conference";
    // starts only where no word character, apostrophe, '&', '.' or '-' is before it, and each word is taken
    // whole (possessive): a long token such as "A-A-A-…" is tried once, not from each of its letters
    private static final Pattern NEW_ORG = Pattern.compile(
            "(?<![\\w'’&.-])((?:[A-Z][\\w'’&.-]*+\\s+)(?:(?:[A-Z][\\w'’&.-]*+|of|for|on|the)\\s+){0,7}(?:" + HEADS + "))\\b");
    private static final String TITLES = "Deputy Party Secretary|Party Secretary|General Secretary|Vice Premier|Premier|Vice Mayor|"
            + "Deputy Mayor|Mayor|Vice-president|Vice President|President|Deputy Commissioner|Commissioner|"
            + "Director General|Deputy Director|Director|Deputy Secretary-General|Secretary-General|Chairman|"
            + "Vice Minister|Minister|Governor|Chief Justice|Professor|Judge|Chief Procurator|Prosecutor|Ambassador";
    private static final Pattern TITLE_NAME = Pattern.compile("\\b(" + TITLES + ")\\s+((?:[A-Z][a-z]+)(?:\\s+[A-Z][a-z]+){1,2})\\b");
    private static final Pattern NAME_TITLE = Pattern.compile("\\b((?:[A-Z][a-z]+)(?:\\s+[A-Z][a-z]+){1,2}),\\s+"
            + "((?:the\\s+|a\\s+|an\\s+)?(?:[A-Za-z-]+\\s+){0,3}?(?:" + TITLES.toLowerCase(Locale.ROOT) + "|" + TITLES
            + "|convener|spokesperson|head|chief|dean|professor|scholar)\\b[^,;.]*)");
    private static final Pattern HELD_IN = Pattern.compile("\\b(?:held|opened|took place|hosted|signed)\\s+in\\s+([A-Z][a-z]+(?:\\s+[A-Z][a-z]+)?)");
    private static final Set<String> NOT_NAMES = Set.of("The", "On", "In", "Shanghai", "China", "Beijing", "WIPO",
            "CNIPA", "January", "February", "March", "April", "May", "June", "July", "August", "September",
            "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
            "Sunday", "General", "Secretary", "Chairman", "Comrade");

    private Entities() {
    }

    /** An organisation mention: its canonical (or newly found) name, where, and a kind for new ones. */
    record OrgMention(String name, int start, int end, boolean known, OrganisationKind kind) {
    }

    static List<OrgMention> organisations(String s, Gazetteer g) {
        List<OrgMention> out = new ArrayList<>();
        BitSet used = new BitSet();
        for (Map.Entry<String, String> form : g.organisations().entrySet()) {
            Matcher m = Pattern.compile("(?<![\\w])" + Pattern.quote(form.getKey()) + "(?![\\w])").matcher(s);
            while (m.find()) {
                if (used.get(m.start(), m.end()).isEmpty()) {
                    out.add(new OrgMention(form.getValue(), m.start(), m.end(), true, null));
                    used.set(m.start(), m.end());
                }
            }
        }
        Matcher m = NEW_ORG.matcher(s);
        while (m.find()) {
            String name = m.group(1).replaceFirst("^(The|This|That|A|An|Its|Their)\\s+", "").strip();
            int start = m.start(1) + m.group(1).indexOf(name);
            if (used.get(start, m.end(1)).isEmpty() && name.split("\\s+").length >= 2 && !NOT_NAMES.contains(name)) {
                out.add(new OrgMention(name, start, m.end(1), false, kind(name)));
                used.set(start, m.end(1));
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    static OrganisationKind kind(String name) {
        String last = name.substring(name.lastIndexOf(' ') + 1);
        return switch (last) {
            case "University", "College", "Institute", "Academy", "School" -> OrganisationKind.UNIVERSITY;
            case "Court" -> OrganisationKind.COURT;
            case "Procuratorate" -> OrganisationKind.PROCURATORATE;
            case "Corporation", "Company", "Group" -> OrganisationKind.COMPANY;
            case "Center", "Centre" -> OrganisationKind.PUBLIC_INSTITUTION;
            case "News" -> OrganisationKind.MEDIA;
            case "Association" -> OrganisationKind.OTHER;
            default -> OrganisationKind.GOVERNMENT_BODY;
        };
    }

    static List<PersonRole> people(String s, List<OrgMention> orgs) {
        Map<String, PersonRole> found = new LinkedHashMap<>();
        Matcher m = NAME_TITLE.matcher(s);
        while (m.find()) {
            String name = m.group(1);
            if (plausibleName(name, orgs, s, m.start(1))) {
                found.putIfAbsent(name, new PersonRole(name, tidy(m.group(2))));
            }
        }
        m = TITLE_NAME.matcher(s);
        while (m.find()) {
            String name = m.group(2);
            if (plausibleName(name, orgs, s, m.start(2))) {
                String title = titleContext(s, m.start(1), m.group(1));
                found.putIfAbsent(name, new PersonRole(name, title));
            }
        }
        return new ArrayList<>(found.values());
    }

    /** The title with a place or body right before it ("Shanghai Party Secretary", "CNIPA Commissioner"). */
    private static String titleContext(String s, int titleStart, String title) {
        Matcher before = Pattern.compile("([A-Z][A-Za-z]+)\\s+$").matcher(s.substring(Math.max(0, titleStart - 30), titleStart));
        if (before.find() && Set.of("Shanghai", "Beijing", "CNIPA", "WIPO", "China").contains(before.group(1))) {
            return before.group(1) + " " + title;
        }
        return title;
    }

    private static boolean plausibleName(String name, List<OrgMention> orgs, String s, int at) {
        String first = name.split("\\s+")[0];
        if (NOT_NAMES.contains(first) || NOT_NAMES.contains(name)) {
            return false;
        }
        for (OrgMention o : orgs) {
            if (at >= o.start() && at < o.end()) {
                return false;
            }
        }
        String before = s.substring(Math.max(0, at - 12), at).toLowerCase(Locale.ROOT);
        return !before.contains("by ") || !before.contains("photo"); // bylines and photo credits are not people of the event
    }

    private static String tidy(String role) {
        String r = role.strip().replaceFirst("^the\\s+", "");
        return r.length() > 120 ? r.substring(0, 119) + "…" : r;
    }

    static List<String> places(String s, Gazetteer g) {
        Set<String> found = new LinkedHashSet<>();
        BitSet used = new BitSet();
        for (String p : g.places()) {
            Matcher m = Pattern.compile("(?<![\\w])" + Pattern.quote(p) + "(?![\\w])").matcher(s);
            while (m.find()) {
                if (used.get(m.start(), m.end()).isEmpty()) {
                    found.add(p);
                    used.set(m.start(), m.end());
                }
            }
        }
        Matcher m = HELD_IN.matcher(s);
        while (m.find()) {
            if (!NOT_NAMES.contains(m.group(1)) || Set.of("Shanghai", "Beijing", "China").contains(m.group(1))) {
                found.add(m.group(1));
            }
        }
        return new ArrayList<>(found);
    }
}
