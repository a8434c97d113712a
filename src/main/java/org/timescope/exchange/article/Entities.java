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
            + "Agency|Organization|Organisation|Department|Academy|School|News|Conference|Congress|Directorate|Tribunal";
    // starts only where no word character, apostrophe, '&', '.' or '-' is before it, and each word is taken
    // whole (possessive): a long token such as "A-A-A-…" is tried once, not from each of its letters
    private static final Pattern NEW_ORG = Pattern.compile(
            "(?<![\\w'’&.-])((?:[A-Z][\\w'’&.-]*+[ \\t]+)(?:(?:[A-Z][\\w'’&.-]*+|of|for|on|the|and|\\([A-Z]{2,8}\\))[ \\t]+){0,7}"
            + "(?:" + HEADS + "|(?<=[A-Z]{2}[ \\t])(?:court|office|centre|center)))\\b");
    private static final Pattern TWO = Pattern.compile("^(.*\\b(?:" + HEADS + "))\\s+and\\s+(?:the\\s+)?([A-Z].*)$");
    /** "Director General of the …", "Commissioner of the …": a person's title before the body's name. */
    private static final Pattern TITLE_OF = Pattern.compile("^(?:[A-Z][\\w-]*\\s+){0,3}?(?:Director|Director-General|"
            + "Commissioner|President|Vice-president|Chairman|Chair|Head|Minister|Secretary|Secretary-General|Governor|"
            + "Mayor|Dean|Judge|Ambassador|Spokesperson|Representative)(?:\\s+General)?\\s+of\\s+(?:the\\s+)?");
    /** An acronym written out: "… Administration (CNIPA)". */
    private static final Pattern DEFINED = Pattern.compile("\\s*\\(([A-Z][A-Za-z0-9]{1,7}(?:\\s[A-Z]{2,8})?)\\)");
    /** A bare acronym ("KIPO", "IP5", "the USPTO"). */
    private static final Pattern ACRONYM = Pattern.compile("(?<![\\w-])([A-Z][A-Z0-9]{1,6})(?![\\w-])");
    /** Acronyms that name things, not bodies. */
    private static final Set<String> NOT_BODIES = Set.of("IP", "IPR", "IPRS", "PCT", "MOU", "MOUS", "COVID", "GDP", "CEO",
            "PPH", "PRP", "AI", "GI", "GIS", "FTZ", "PMO", "TV", "APP", "APPS", "RMB", "USD", "ID", "THE", "AND", "OF",
            "UK", "US", "USA", "SME", "SMES", "PDF", "CM", "PM", "MP", "MOS", "DVD", "DVDS", "II", "III",
            "IV", "VI", "GA", "EU", "UN", "HQ", "AM", "R", "NO", "FAQ", "URL", "WTO");
    private static final Pattern BODY_CONTEXT_AFTER = Pattern.compile("^\\s+(?:[a-z]+ly\\s+)?(?:Commissioner|Director|"
            + "President|Chairman|Head|Deputy|officials?|[a-z]+ed\\b)");
    private static final String TITLES = "Deputy Party Secretary|Party Secretary|General Secretary|Vice Premier|Premier|Vice Mayor|"
            + "Deputy Mayor|Mayor|Vice-president|Vice President|President|Deputy Commissioner|Commissioner|"
            + "Director General|Deputy Director|Director|Deputy Secretary-General|Secretary-General|Chairman|"
            + "Vice Minister|Minister|Governor|Chief Justice|Professor|Judge|Chief Procurator|Prosecutor|Ambassador";
    private static final Pattern TITLE_NAME = Pattern.compile("\\b(" + TITLES + ")\\s+((?:[A-Z][a-z]+)(?:\\s+[A-Z][a-z]+){1,2})\\b");
    private static final Pattern NAME_TITLE = Pattern.compile("\\b((?:[A-Z][a-z]+)(?:\\s+[A-Z][a-z]+){1,2}),\\s+"
            + "((?:the\\s+|a\\s+|an\\s+)?(?:[A-Za-z-]+\\s+){0,3}?(?:" + TITLES.toLowerCase(Locale.ROOT) + "|" + TITLES
            + "|convener|spokesperson|head|chief|dean|professor|scholar)\\b[^,;.]*)");
    private static final Pattern HELD_IN = Pattern.compile("\\b(?:held|opened|took place|hosted|signed|[Ii]n|at)\\s+(?:the\\s+)?"
            + "([A-Z][a-z]+(?:\\s+[A-Z][a-z]+)?)(?=[\\s,.;:)]|$)");
    private static final Set<String> NOT_PLACES = Set.of("The", "This", "That", "These", "Those", "Chinese", "English",
            "Korean", "Japanese", "European", "International", "National", "World", "Press", "Commissioner", "Director",
            "Minister", "President", "Meeting", "Forum", "Conference", "Assemblies", "Assembly", "General", "Heads",
            "Head", "Office", "Offices", "Ceremony", "Center", "Centre", "Court", "Government", "Terminal", "Annex",
            "Federal", "Building", "Hotel", "Hall", "Contracting", "Parties", "Party", "Act", "Agreement", "Law");
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
        return organisations(s, g, Map.of());
    }

    /**
     * The acronyms an article writes out ("China National Intellectual Property Administration (CNIPA)",
     * "the Japan Patent Office (JPO)"), each to the body's name as the store knows it or as written.
     */
    static Map<String, String> acronyms(String text, Gazetteer g) {
        Map<String, String> out = new LinkedHashMap<>();
        for (OrgMention o : organisations(text, g, Map.of())) {
            Matcher d = DEFINED.matcher(text).region(o.end(), text.length());
            if (d.lookingAt() && !NOT_BODIES.contains(d.group(1).toUpperCase(Locale.ROOT))) {
                out.putIfAbsent(d.group(1), o.name());
            }
        }
        return out;
    }

    static List<OrgMention> organisations(String s, Gazetteer g, Map<String, String> acronyms) {
        List<OrgMention> out = new ArrayList<>();
        BitSet used = new BitSet();
        for (Map.Entry<String, String> form : g.organisations().entrySet()) {
            Matcher m = Pattern.compile("(?<![\\w])" + Pattern.quote(form.getKey()) + "(?![\\w])").matcher(s);
            while (m.find()) {
                if (used.get(m.start(), m.end()).isEmpty() && !tailOfAnotherName(s, m.start())) {
                    out.add(new OrgMention(form.getValue(), m.start(), m.end(), true, null));
                    used.set(m.start(), m.end());
                }
            }
        }
        for (Map.Entry<String, String> a : acronyms.entrySet()) {
            Matcher m = Pattern.compile("(?<![\\w-])" + Pattern.quote(a.getKey()) + "(?![\\w-])").matcher(s);
            while (m.find()) {
                if (used.get(m.start(), m.end()).isEmpty()) {
                    boolean known = g.organisations().containsValue(a.getValue());
                    out.add(new OrgMention(a.getValue(), m.start(), m.end(), known, known ? null : kind(a.getValue())));
                    used.set(m.start(), m.end());
                }
            }
        }
        Matcher m = NEW_ORG.matcher(s);
        while (m.find()) {
            String raw = m.group(1);
            Matcher title = TITLE_OF.matcher(raw);
            String name = (title.lookingAt() ? raw.substring(title.end()) : raw)
                    .replaceFirst("^(The|This|That|A|An|Its|Their|THE)\\s+", "").strip();
            int start = m.start(1) + raw.indexOf(name);
            if (name.isEmpty() || !Character.isUpperCase(name.charAt(0))) {
                continue;
            }
            if (used.get(start, m.end(1)).isEmpty() && name.split("\\s+").length >= 2 && !NOT_NAMES.contains(name)) {
                Matcher two = TWO.matcher(name);
                if (two.matches() && two.group(2).split("\\s+").length >= 2) {
                    // "the Riverside Municipal Government and Northfield University": two bodies
                    add(out, two.group(1), start);
                    add(out, two.group(2), start + name.indexOf(two.group(2), two.group(1).length()));
                } else {
                    add(out, name, start);
                }
                used.set(start, m.end(1));
            }
        }
        m = ACRONYM.matcher(s);
        while (m.find()) {
            String a = m.group(1);
            if (!used.get(m.start(), m.end()).isEmpty() || NOT_BODIES.contains(a) || a.length() < 3 && !a.matches(".*\\d.*")
                    || insideParentheses(s, m.start(), m.end())) {
                continue;
            }
            String before = s.substring(Math.max(0, m.start() - 12), m.start());
            boolean body = before.matches("(?s).*\\b(?:the|by|of|with|from|and|between)\\s+$")
                    || BODY_CONTEXT_AFTER.matcher(s.substring(m.end())).lookingAt();
            if (body) {
                out.add(new OrgMention(a, m.start(), m.end(), g.organisations().containsKey(a), OrganisationKind.OTHER));
                used.set(m.start(), m.end());
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /**
     * Whether a known name found at {@code start} is the end of a longer proper name: "Riverside Municipal
     * Government" is not the collection's "Municipal Government" (an alias of Shanghai's), so a capitalised word
     * right before it, other than a sentence's or a phrase's first word ("The", "In", "By" …), keeps it unlinked.
     */
    static boolean tailOfAnotherName(String s, int start) {
        Matcher before = WORD_BEFORE.matcher(s.substring(Math.max(0, start - 40), start));
        return before.find() && !LEADING_WORDS.contains(before.group(1));
    }

    private static final Pattern WORD_BEFORE = Pattern.compile("\\b(\\p{Lu}[\\p{L}'’-]*)\\s+$");
    private static final Set<String> LEADING_WORDS = Set.of("The", "A", "An", "In", "On", "At", "By", "Of", "For",
            "And", "With", "From", "To", "As", "Its", "Their", "This", "That", "Under", "After", "Before", "Since",
            "During", "When", "While", "Both", "Meanwhile", "Also", "But", "Then", "Today", "Yesterday", "Last", "Next",
            "Earlier", "Later", "According", "Besides", "Between", "Among", "Through", "Via", "Chinese", "China's");

    private static void add(List<OrgMention> out, String name, int start) {
        String clean = name.replaceAll("\\s*\\([A-Z]{2,8}\\)", "");
        out.add(new OrgMention(clean, start, start + name.length(), false, kind(clean)));
    }

    private static final String PERSON_TITLES = "Commissioner|Deputy Commissioner|Director General|Director-General|"
            + "Director|President|Vice President|Chairman|Minister|Secretary-General|Mayor|Governor|Executive Director";
    private static final Pattern BODY_TITLE_NAME = Pattern.compile("^[ \t]+(?:" + PERSON_TITLES + ")[ \t]+"
            + "(?:[A-Z][A-Za-z-]+[ \t]+)?([A-Z][A-Za-z-]+)\\b");
    private static final Pattern TITLE_SURNAME = Pattern.compile("\\b(?:" + PERSON_TITLES + ")[ \t]+"
            + "(?:[A-Z][A-Za-z-]+[ \t]+)?([A-Z][A-Za-z-]+)\\b");

    /**
     * The bodies of people the article introduces with one ("KIPO Commissioner Insil LEE"), by surname, so
     * that a later "Commissioner Lee" brings the body along.
     */
    static Map<String, OrgMention> peopleBodies(String text, Gazetteer g, Map<String, String> acronyms) {
        Map<String, OrgMention> out = new LinkedHashMap<>();
        for (OrgMention o : organisations(text, g, acronyms)) {
            Matcher m = BODY_TITLE_NAME.matcher(text).region(o.end(), text.length());
            if (m.lookingAt()) {
                out.putIfAbsent(m.group(1).toLowerCase(Locale.ROOT), o);
            }
        }
        return out;
    }

    /** The bodies of the people a sentence names by title and surname. */
    static List<OrgMention> bodiesOfPeople(String s, Map<String, OrgMention> bodies) {
        List<OrgMention> out = new ArrayList<>();
        Matcher m = TITLE_SURNAME.matcher(s);
        while (m.find()) {
            OrgMention o = bodies.get(m.group(1).toLowerCase(Locale.ROOT));
            if (o != null && !out.contains(o)) {
                out.add(o);
            }
        }
        return out;
    }

    private static boolean insideParentheses(String s, int start, int end) {
        return start > 0 && s.charAt(start - 1) == '(' && end < s.length() && s.charAt(end) == ')';
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

    private static final Pattern DATELINE = Pattern.compile("^\\s*((?:[A-Z][A-Za-z'-]+)(?:\\s[A-Z][A-Za-z'-]+){0,2}),\\s+"
            + "(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|"
            + "Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?\\s+\\d{1,2}\\b");

    private static final Pattern DATELINE_PREFIX = Pattern.compile("^\\s*[A-Z][A-Za-z .'-]{2,40},\\s+[A-Z][a-z]{2,8}\\.?\\s+\\d{1,2}"
            + "\\s*(?:\\([^)]{1,30}\\))?\\s*(?:--|—|–|:)\\s*");

    /** How long the dateline a sentence begins with is ("BEIJING, July 18 (Xinhua) -- "), 0 when none. */
    static int datelineLength(String sentence) {
        Matcher m = DATELINE_PREFIX.matcher(sentence);
        return DATELINE.matcher(sentence).lookingAt() && m.lookingAt() ? m.end() : 0;
    }

    static boolean startsWithDateline(String sentence) {
        return DATELINE.matcher(sentence).lookingAt() && DATELINE_PREFIX.matcher(sentence).lookingAt();
    }

    /** A lead sentence without its "BEIJING, July 18 (Xinhua) --", for titles. */
    static String withoutDateline(String sentence) {
        Matcher m = DATELINE_PREFIX.matcher(sentence);
        return m.lookingAt() && m.end() < sentence.length() ? sentence.substring(m.end()) : sentence;
    }

    /** The place of a dateline at the start of the article ("BEIJING, July 18 (Xinhua) --"), as a name. */
    static String datelinePlace(String body, Gazetteer g) {
        Matcher m = DATELINE.matcher(body);
        if (!m.find()) {
            return null;
        }
        StringBuilder name = new StringBuilder();
        for (String w : m.group(1).split("\\s")) {
            name.append(name.length() == 0 ? "" : " ").append(w.charAt(0)).append(w.substring(1).toLowerCase(Locale.ROOT));
        }
        for (String p : g.places()) {
            if (p.equalsIgnoreCase(name.toString())) {
                return p;
            }
        }
        return name.toString();
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
            String p = m.group(1);
            String first = p.split("\\s+")[0];
            if (NOT_PLACES.contains(first) || NOT_PLACES.contains(p.substring(p.lastIndexOf(' ') + 1))) {
                continue;
            }
            if (!NOT_NAMES.contains(p) || Set.of("Shanghai", "Beijing", "China").contains(p)) {
                found.add(p.split("\\s+").length == 2 && NOT_NAMES.contains(p.split("\\s+")[1]) ? first : p);
            }
        }
        return new ArrayList<>(found);
    }
}
