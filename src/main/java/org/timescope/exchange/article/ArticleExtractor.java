package org.timescope.exchange.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.timescope.model.Dataset;
import org.timescope.model.DateSpan;
import org.timescope.model.Evidence;
import org.timescope.model.Indicator;
import org.timescope.model.Organisation;
import org.timescope.model.OrganisationRole;
import org.timescope.model.PartialDate;
import org.timescope.model.PersonRole;
import org.timescope.model.Place;
import org.timescope.model.Precision;
import org.timescope.model.Source;
import org.timescope.model.TimelineEvent;

/**
 * Turns a news article into candidate events: every sentence with an event trigger and a date becomes
 * one, with its organisations (and their role), people, places, themes and the sentence itself as
 * evidence. Statistics become indicator candidates. Repeated sentences (captions, headlines printed
 * twice) and repeated mentions of one event merge. Candidates whose year cannot be known are kept in
 * the result, flagged, and left out of what is stored.
 */
public final class ArticleExtractor {

    /**
     * One candidate. {@code event} is null when its date could not be known; then {@code title},
     * {@code note} (why) and the sentence still say what was found.
     */
    public record Candidate(TimelineEvent event, String title, String note, String sentence, int sentenceStart,
                            int sentenceEnd, Open open) {
        public Candidate(TimelineEvent event, String title, String note, String sentence, int sentenceStart,
                         int sentenceEnd) {
            this(event, title, note, sentence, sentenceStart, sentenceEnd, null);
        }

        public boolean dated() {
            return event != null;
        }

        /** Month and day known, year left open for the reader to complete. */
        public boolean yearOpen() {
            return event == null && open != null && open.day() != null;
        }
    }

    /**
     * What an undated candidate still says: its month and day when known (the year the text does not
     * settle), what kind of event, and its organisations, places, people, themes and evidence, so that the
     * reader can complete it. {@code day} and {@code until} are null when not even those are known.
     */
    public record Open(java.time.MonthDay day, java.time.MonthDay until, String category, String summary,
                       List<OrganisationRole> organisations, List<String> places, List<PersonRole> people,
                       List<String> themes, List<Evidence> evidence) {

        /** The candidate as an event once the reader gives its year. */
        public TimelineEvent complete(String key, String title, int year, String note) {
            PartialDate start = PartialDate.of(year, day.getMonthValue(), day.getDayOfMonth());
            PartialDate end = until == null ? null : PartialDate.of(until.getMonthValue() < day.getMonthValue()
                    ? year + 1 : year, until.getMonthValue(), until.getDayOfMonth());
            return new TimelineEvent(key, title, summary, category, new DateSpan(start, end), false, true, note,
                    places, organisations, themes, people, evidence);
        }
    }

    /** Everything found in one article. */
    public record Result(Source source, Reference reference, List<Candidate> candidates, List<Indicator> indicators,
                         List<Organisation> newOrganisations, List<Place> newPlaces, String offTopic) {

        public Result(Source source, Reference reference, List<Candidate> candidates, List<Indicator> indicators,
                      List<Organisation> newOrganisations, List<Place> newPlaces) {
            this(source, reference, candidates, indicators, newOrganisations, newPlaces, null);
        }

        /** The dated candidates and indicators as a dataset (what an import stores). */
        public Dataset dataset() {
            List<TimelineEvent> events = candidates.stream().filter(Candidate::dated).map(Candidate::event).toList();
            return new Dataset(List.of(), newOrganisations, newPlaces, List.of(source), events, indicators);
        }

        public String referenceNote() {
            return reference == null ? "no reference date (give one with --date)" : reference.source();
        }
    }

    static final Pattern HOST = Pattern.compile("\\b(jointly held|co-hosted|co-organi[sz]ed|hosted|organi[sz]ed|"
            + "held|sponsored|presided over)\\s+by\\b", Pattern.CASE_INSENSITIVE);
    static final Pattern YEAR_TOKEN = Pattern.compile("\\b(1[89]\\d{2}|20\\d{2})\\b");

    private ArticleExtractor() {
    }

    /** The most text an article may have: more is a book or a data file, not a news article. */
    public static final int MAX_TEXT = 1_000_000;
    /** The most candidate events an article may give: each sentence is compared with those found before it. */
    public static final int MAX_CANDIDATES = 500;

    public static Result extract(String content, String fileName, Gazetteer gazetteer, PartialDate givenReference) {
        if (content.length() > 8 * MAX_TEXT) {
            throw tooLong(fileName, content.length(), "characters of HTML or text");
        }
        ArticleText article = ArticleText.of(content);
        String text = article.text();
        if (text.length() > MAX_TEXT) {
            throw tooLong(fileName, text.length(), "characters of text");
        }
        // no-break spaces read as spaces for matching; quotes are still cut from the original text
        String norm = text.replace('\u00a0', ' ');
        Reference found = Reference.find(article);
        Reference reference = found != null ? found : givenReference != null ? Reference.given(givenReference) : null;
        String key = "article-" + hash(text);
        Source source = reference == null
                ? new Source(key, article.title(), null, null, article.url(), null, null, fileName, text)
                : new Source(key, article.title(), null, null, article.url(), reference.date(), "from "
                + reference.source(), fileName, text);
        String offTopic = TopicGate.offTopic(norm, gazetteer);
        if (offTopic != null) {
            return new Result(source, reference, List.of(), List.of(), List.of(), List.of(), offTopic);
        }
        DateFinder.Context ctx = new DateFinder.Context(reference, year(article.title()), DateFinder.notBefore(norm),
                null);
        Map<String, String> acronyms = Entities.acronyms(norm, gazetteer);
        String datelinePlace = Entities.datelinePlace(norm.substring(article.bodyStart()), gazetteer);
        List<Draft> drafts = new ArrayList<>();
        List<Indicator> indicators = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Draft last = null;
        int index = -1;
        Draft main = null;
        List<Pending> pending = new ArrayList<>();
        FactSheet sheet = FactSheet.read(norm.substring(article.bodyStart()));
        for (Sentences.Sentence s : Sentences.split(norm)) {
            if (s.start() < article.bodyStart() || !seen.add(s.text().replaceAll("\\s+", " "))) {
                continue; // the file's URL / TITLE header, or a headline or caption printed twice
            }
            index++;
            List<DateMention> dates = new ArrayList<>(DateFinder.find(s.text(), ctx));
            int dateline = Entities.datelineLength(s.text());
            dates.removeIf(d -> d.start() < dateline); // "BEIJING, July 18 (Xinhua) --" dates the article, not the event
            for (DateMention d : DateFinder.explicit(s.text())) {
                if (d.date() != null && d.date().precision() == Precision.DAY) {
                    ctx = ctx.anchoredAt(d.date()); // a later month and day without a year is of this year
                }
            }
            boolean dayDated = dates.stream().anyMatch(d -> d.openDay() != null
                    || d.date() != null && d.date().precision() == Precision.DAY);
            Triggers.Trigger trigger = Triggers.find(s.text(), dayDated, dates.stream().anyMatch(DateMention::placed));
            List<Entities.OrgMention> orgs = Entities.organisations(s.text(), gazetteer, acronyms);
            Draft made = null;
            boolean ownEvent = trigger != null && !trigger.category().equals("statement");
            Draft named = !dates.isEmpty() ? null : ownEvent ? sameThing(drafts, Titles.about(s.text(), trigger.start()))
                    : refersTo(drafts, last, index, s.text());
            if (named != null) {
                named.merge(s, orgs); // another sentence about an event already found
                continue;
            }
            boolean statement = trigger != null && trigger.category().equals("statement");
            if (statement && !dayDated && last != null && index - last.index <= 4) {
                last.merge(s, orgs); // said there, or about it: its speakers' bodies took part
                last.spoken.add(s); // what is said about a place is not where the event was
                if (!dates.isEmpty() && Statistics.mentionsFigures(s.text())) {
                    indicators.addAll(Statistics.indicators(s, dates, source, gazetteer));
                }
                continue;
            }
            if (trigger != null && !Statistics.isStatistic(s.text(), trigger)) {
                if (!dates.isEmpty()) {
                    made = new Draft(index, s, pick(dates), trigger, orgs);
                } else if (last != null && index - last.index <= 2 && last.when.placed()
                        && !trigger.category().equals("statement")) {
                    made = new Draft(index, s, inherited(last.when, last.title(), false), trigger, orgs);
                    last.notePlaces(gazetteer, acronyms);
                    made.inheritPlaces(last);
                    if (orgs.isEmpty() && BOTH.matcher(s.text()).find()) {
                        for (String o : last.roles.keySet()) {
                            made.role(o, roleFor(trigger, true));
                        }
                    }
                } else if (main != null && main.when.resolved() && !trigger.category().equals("statement")) {
                    made = new Draft(index, s, inherited(main.when, main.title(), true), trigger, orgs);
                    main.notePlaces(gazetteer, acronyms);
                    made.inheritPlaces(main);
                } else if (main == null && sheet.date() != null && !trigger.category().equals("statement")) {
                    made = new Draft(index, s, sheet.mention(), trigger, orgs);
                    made.inheritedPlaces.addAll(sheet.places());
                }
            }
            if (made != null) {
                // "the forum" named just before without a date of its own ("… attending the two-day … Forum in
                // Nanjing"): that sentence describes this event
                String lower = s.text().toLowerCase(Locale.ROOT);
                for (java.util.Iterator<Pending> it = pending.iterator(); it.hasNext(); ) {
                    Pending p = it.next();
                    if (index - p.index() <= 3 && lower.contains("the " + p.head().toLowerCase(Locale.ROOT))) {
                        made.merge(p.sentence(), p.orgs());
                        it.remove();
                    }
                }
            }
            if (made != null && made.roles.isEmpty() && trigger.equals(Triggers.nominal(s.text()))) {
                takeReferentsBodies(made, drafts, index, Triggers.nominalObject(s.text()));
            }
            if (trigger != null && made == null && !trigger.category().equals("statement")) {
                pendingIfNamed(pending, index, s, dates, orgs);
                continue; // an event of its own that cannot be dated: not part of another one
            }
            if (made != null) {
                Draft same = find(drafts, made);
                if (same == null) {
                    if (drafts.size() >= MAX_CANDIDATES) {
                        throw new org.timescope.exchange.ExchangeException(fileName + ": read as a news article: more "
                                + "than " + MAX_CANDIDATES + " candidate events, more than a news article holds (import "
                                + "a list of events as CSV, JSON or a timeline file)");
                    }
                    drafts.add(made);
                    last = made;
                    if (main == null && made.when.resolved() && made.when.date().precision() == Precision.DAY
                            || main == null && made.when.openDay() != null) {
                        main = made;
                    }
                } else {
                    same.merge(s, orgs);
                }
                continue;
            }
            pendingIfNamed(pending, index, s, dates, orgs);
            Draft target = refersTo(drafts, last, index, s.text());
            if (target == null && trigger != null && trigger.category().equals("statement") && dates.isEmpty()
                    && last != null && index - last.index <= 4) {
                target = last; // what was said there: its speakers' bodies took part
            }
            if (target != null) {
                target.merge(s, orgs);
            } else if (!dates.isEmpty() && Statistics.mentionsFigures(s.text())) {
                indicators.addAll(Statistics.indicators(s, dates, source, gazetteer));
            }
        }
        Map<String, Organisation> newOrgs = new LinkedHashMap<>();
        Map<String, Place> newPlaces = new LinkedHashMap<>();
        List<Candidate> candidates = new ArrayList<>();
        drafts = sameOccasion(drafts, gazetteer, acronyms);
        Map<String, Entities.OrgMention> bodies = Entities.peopleBodies(norm, gazetteer, acronyms);
        for (Draft d : drafts) {
            d.linkPeople(bodies);
            if (datelinePlace != null && Entities.startsWithDateline(d.sentence.text())) {
                d.datelinePlace = datelinePlace; // "BEIJING, July 18 (Xinhua) -- …": the lead's event is there
            }
            d.placesSeen.clear();
            d.notePlaces(gazetteer, acronyms);
            candidates.add(d.toCandidate(source, gazetteer, acronyms, newOrgs, newPlaces));
        }
        return new Result(source, reference, candidates, indicators, new ArrayList<>(newOrgs.values()),
                new ArrayList<>(newPlaces.values()));
    }

    private static org.timescope.exchange.ExchangeException tooLong(String fileName, int length, String what) {
        return new org.timescope.exchange.ExchangeException(fileName + ": read as a news article: "
                + String.format(Locale.ROOT, "%,d", length) + " " + what + " is over the "
                + String.format(Locale.ROOT, "%,d", MAX_TEXT) + " characters of text an article may have");
    }

    private static void pendingIfNamed(List<Pending> pending, int index, Sentences.Sentence s, List<DateMention> dates,
                                       List<Entities.OrgMention> orgs) {
        String named = Titles.phrase(s.text());
        if (named != null && Titles.head(named) != null && dates.isEmpty()) {
            pending.add(new Pending(index, s, Titles.head(named), orgs));
        }
    }

    /**
     * "Since the launch of the campaign in July 2017": a nominal event naming no body acts on "the campaign" that a
     * sentence just before named; the bodies of that sentence's event are the ones acting on it.
     */
    private static void takeReferentsBodies(Draft made, List<Draft> drafts, int index, String object) {
        if (object == null || !object.toLowerCase(Locale.ROOT).startsWith("the ")) {
            return;
        }
        String[] words = object.toLowerCase(Locale.ROOT).split("\\s+");
        String noun = words[words.length - 1];
        for (int i = drafts.size() - 1; i >= 0; i--) {
            Draft d = drafts.get(i);
            if (index - d.index > 3) {
                return;
            }
            if (Pattern.compile("\\b" + Pattern.quote(noun) + "\\b", Pattern.CASE_INSENSITIVE).matcher(d.sentence.text()).find()) {
                d.roles.keySet().forEach(o -> made.role(o, "participant"));
                return;
            }
        }
    }

    /** A sentence that names an event without a date of its own, kept for a dated sentence about "the forum". */
    private record Pending(int index, Sentences.Sentence sentence, String head, List<Entities.OrgMention> orgs) {
    }

    /**
     * Candidates that are one occasion: the same date and the same kind of event merge (the awards
     * "announced" and "presented" on February 1); a candidate without a place takes that of another on its
     * day or of an event of several days that contains it (a statement at the General Assembly in Geneva);
     * a body set up takes the place in its name ("Beijing IP Court").
     */
    private static List<Draft> sameOccasion(List<Draft> drafts, Gazetteer g, Map<String, String> acronyms) {
        List<Draft> out = new ArrayList<>();
        for (Draft d : drafts) {
            d.placesSeen.clear();
            d.notePlaces(g, acronyms);
            Draft same = null;
            for (Draft o : out) {
                if (o.trigger.category().equals(d.trigger.category()) && o.sameDate(d)) {
                    same = o;
                    break;
                }
            }
            if (same != null) {
                same.absorb(d);
            } else {
                out.add(d);
            }
        }
        for (Draft d : out) {
            if (!d.placesSeen.isEmpty() || !d.inheritedPlaces.isEmpty()) {
                continue;
            }
            for (Draft o : out) {
                if (o != d && !o.placesSeen.isEmpty() && o.contains(d)) {
                    d.inheritedPlaces.addAll(o.placesSeen);
                    break;
                }
            }
            if (d.inheritedPlaces.isEmpty() && d.trigger.category().equals("establishment")) {
                for (Map.Entry<String, String> r : d.roles.entrySet()) {
                    for (String place : g.places()) {
                        if (r.getKey().startsWith(place + " ")) {
                            d.inheritedPlaces.add(place);
                        }
                    }
                }
            }
        }
        return out;
    }

    private static final Pattern BOTH = Pattern.compile("\\b(the two|both)\\s+(sides|parties|offices|organi[sz]ations|"
            + "agencies|institutions|administrations|countries|governments|heads|commissioners|delegations)\\b",
            Pattern.CASE_INSENSITIVE);

    private static DateMention inherited(DateMention from, String what, boolean approximate) {
        if (from.date() != null && from.until() != null && !from.until().equals(from.date())
                && from.date().precision() == Precision.DAY && from.until().year() == from.date().year()
                && from.until().month() == from.date().month()) {
            // during an event of several days: known to the month
            return new DateMention(0, 0, from.text(), from.date().truncatedTo(Precision.MONTH), null, true, false,
                    "during '" + what + "' (" + from.date().display() + " to " + from.until().display()
                    + "); the sentence gives no day of its own");
        }
        return new DateMention(0, 0, from.text(), from.date(), from.until(), true, approximate || from.approximate(),
                approximate ? "no date of its own; reported as part of '" + what + "', whose date it takes (approximate)"
                        : "the date of '" + what + "' reported just before; the sentence gives none of its own",
                from.openDay(), from.openUntil());
    }

    private static Draft find(List<Draft> drafts, Draft d) {
        for (Draft other : drafts) {
            if (other.title().equalsIgnoreCase(d.title()) && java.util.Objects.equals(other.when.date(), d.when.date())) {
                return other;
            }
        }
        return null;
    }

    /** The candidate whose named thing this is ("The Forum is co-hosted by …" → the forum found before). */
    private static Draft sameThing(List<Draft> drafts, String about) {
        if (about == null) {
            return null;
        }
        String a = about.toLowerCase(Locale.ROOT).replaceFirst("^(\\d{4}|\\d{1,3}(st|nd|rd|th))\\s+", "");
        Draft found = null;
        for (Draft d : drafts) {
            String core = d.coreLower;
            boolean byName = core != null && d.coreWords >= 3 && (a.contains(core) || core.contains(a)
                    && a.split("\\s+").length >= 3);
            boolean byHead = d.head != null && a.equals(d.headLower);
            if (byName || byHead) {
                found = d;
            }
        }
        return found;
    }

    /** The candidate a sentence without its own date talks about: by name, or "the forum" just after it. */
    private static Draft refersTo(List<Draft> drafts, Draft last, int index, String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        for (Draft d : drafts) {
            if (d.coreLower != null && d.coreWords >= 3 && lower.contains(d.coreLower)) {
                return d;
            }
        }
        if (last != null && index - last.index <= 3 && lower.contains("the event")) {
            return last;
        }
        Draft byHead = null;
        for (Draft d : drafts) {
            if (d.head != null && lower.contains(d.theHead)) {
                if (byHead != null) {
                    return last != null && last.head != null && lower.contains(last.theHead)
                            ? last : null; // several candidates answer to "the forum": take the latest only
                }
                byHead = d;
            }
        }
        return byHead;
    }

    /** A mayor's city government, when the store knows it ("Shanghai Municipal People's Government"). */
    static String officeOf(PersonRole p, java.util.Collection<String> places, Gazetteer g) {
        if (p.role() == null || !p.role().matches("(?i).*\\b(mayor)\\b.*")) {
            return null;
        }
        for (String place : places) {
            for (String form : List.of(place + " Municipal People's Government", "People's Government of " + place
                    + " Municipality", place + " Municipal Government")) {
                String canonical = g.organisations().get(form);
                if (canonical != null) {
                    return canonical;
                }
            }
        }
        return null;
    }

    static String roleFor(Triggers.Trigger trigger, boolean subject) {
        return switch (trigger.category()) {
            case "agreement" -> "signatory";
            case "award" -> "presenter";
            case "establishment" -> subject ? "established" : "participant";
            default -> "participant";
        };
    }

    /** The most precise date of the sentence: a day before a month before a year; earlier first. */
    private static DateMention pick(List<DateMention> dates) {
        DateMention best = dates.get(0);
        for (DateMention d : dates) {
            if (rank(d) > rank(best)) {
                best = d;
            }
        }
        return best;
    }

    private static int rank(DateMention d) {
        if (d.date() == null) {
            return d.openDay() != null ? 4 : d.text().matches("(?i).*(day|yesterday|today).*") ? 2 : 1;
        }
        return d.date().precision() == Precision.DAY ? 4 : d.date().precision() == Precision.MONTH ? 3 : 2;
    }

    static String mask(String s, List<Entities.OrgMention> orgs) {
        StringBuilder sb = new StringBuilder(s);
        for (Entities.OrgMention o : orgs) {
            for (int i = o.start(); i < o.end(); i++) {
                sb.setCharAt(i, ' ');
            }
        }
        return sb.toString();
    }

    private static Integer year(String s) {
        Matcher m = YEAR_TOKEN.matcher(s);
        return m.find() ? Integer.parseInt(m.group(1)) : null;
    }

    static String hash(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(d, 0, 6);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
