package org.timescope.exchange.article;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Words that make a dated sentence an event, with the kind of event and the participle for its title. */
final class Triggers {

    record Trigger(String word, String participle, String category, int start) {
    }

    private static final Pattern TRIGGER = Pattern.compile("\\b(held|opened|signed|inaugurated|inaugurate|"
            + "established|set up|presented|launched|met|released|issued|hosted|convened|unveiled|founded|graduated|"
            + "awarded|bestowed|kicked off|concluded|announced|visited|passed|adopted|approved|deposited|acceded|ratified|"
            + "participated in|took part in|attended|delivered|took effect|take effect|takes effect|came into force|"
            + "come into force|comes into force|entered into force|enter into force|enters into force|became effective|"
            + "become effective|becomes effective|went into effect|go into effect|goes into effect|said|says|told|noted)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Event nouns: a dated sentence naming one is about that event ("an in-person meeting … on 14 June"). */
    private static final Pattern NOUN = Pattern.compile("\\b(meeting|forum|conference|ceremony|summit|symposium|seminar|"
            + "briefing|assembly|assemblies|reception|exhibition|talks|workshop|session|sessions|congress|expo|fair)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Laws and treaties taking effect on a stated day are events even when the sentence looks ahead. */
    private static final Pattern IN_FORCE = Pattern.compile("(effect|force|effective)$");
    private static final Pattern AWARD = Pattern.compile("\\b(awards?|prizes?|medals?|honou?rs?)\\b", Pattern.CASE_INSENSITIVE);
    /** "will hold", "plans to set up": intentions, not events. */
    private static final Pattern FUTURE = Pattern.compile("\\b(will|would|shall|plans? to|going to|aims? to|intends? to|"
            + "seeks? to|strives? to|wants? to|expected to)\\s+"
            + "(?:(?:also|further|jointly|continue to|strive to)\\s+)*$", Pattern.CASE_INSENSITIVE);
    /** "have issued", "has been awarded", "is well-established": states and records, not one dated event. */
    private static final Pattern PERFECT = Pattern.compile("\\b(has|have|had been|has been|have been|is|are|be|well-)\\s*"
            + "(?:(?:also|already|successfully|jointly)\\s+)?$", Pattern.CASE_INSENSITIVE);
    /** "since the last forum was held": a clause that dates something else. */
    private static final Pattern CLAUSE = Pattern.compile("\\b(since|after|before|until|when|once)\\b[^,.;]{0,50}$",
            Pattern.CASE_INSENSITIVE);

    private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October|"
            + "November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?![a-z])\\.?";
    /**
     * An event told only as a noun phrase with its own date: "the launch of the campaign in July 2017", "the opening
     * of the Riverside IP Court on 6 November", "the agency's inauguration ceremony on March 3". The head noun is an
     * act (a launch, an opening, a signing, a founding), the date follows it in the same clause as "in" or "on" a
     * month or day; a year alone ("since the founding of the office in 1980") is background, not an event.
     */
    static final Pattern NOMINAL = Pattern.compile("\\b(?:(?i:the|its|their)(?:\\s+[\\w-]+'s)?|[A-Z][\\w.&-]*(?:\\s+[A-Z][\\w.&-]*){0,5}'s)\\s+"
            + "(?:official\\s+|formal\\s+)?(?i:(launch|opening|inauguration|signing|establishment|founding|unveiling|"
            + "kick-off))"
            + "(?:\\s+ceremony)?((?:\\s+of\\s+[^,;.()]{1,80}?)?)\\s+(?:in|on)\\s+(?:(?:early|mid|late)[- ]|the\\s+)?"
            + "(?:" + MONTH + "|\\d{1,2}(?:st|nd|rd|th)?\\s+" + MONTH + ")");

    private Triggers() {
    }

    /** The nominal event of a sentence ({@link #NOMINAL}), or null; {@code object} is its "of …" phrase, if any. */
    static Trigger nominal(String sentence) {
        Matcher m = NOMINAL.matcher(sentence);
        if (!m.find()) {
            return null;
        }
        String head = m.group(1).toLowerCase(Locale.ROOT);
        return switch (head) {
            case "launch", "kick-off" -> new Trigger(head, "launched", "programme", m.start(1));
            case "opening" -> new Trigger(head, "opens", "establishment", m.start(1));
            case "inauguration", "unveiling" -> new Trigger(head, "inaugurated", "establishment", m.start(1));
            case "signing" -> new Trigger(head, "signed", "agreement", m.start(1));
            default -> new Trigger(head, "set up", "establishment", m.start(1));
        };
    }

    /** The thing a nominal event acted on, as written after its "of" ("the campaign"), or null. */
    static String nominalObject(String sentence) {
        Matcher m = NOMINAL.matcher(sentence);
        return m.find() && !m.group(2).isBlank() ? m.group(2).strip().substring(2).strip() : null;
    }

    static Trigger find(String sentence) {
        return find(sentence, false);
    }

    /**
     * The event word of a sentence; {@code dayDated} when the sentence states a day, which makes "has been
     * established on November 6, 2014" and "will come into force on June 1, 2021" events.
     */
    static Trigger find(String sentence, boolean dayDated) {
        return find(sentence, dayDated, dayDated);
    }

    /** With {@code dated}: the sentence has a date of some precision, so a verb and noun may make it an event. */
    static Trigger find(String sentence, boolean dayDated, boolean dated) {
        return find0(sentence, dayDated, dated);
    }

    /**
     * An event told by a verb in the past and the thing it acted on, whatever the verb: "staged a forum",
     * "inked a memorandum", "rolled out the campaign", "a centre was inaugurated" — read from the parts of
     * speech ({@link Language}): a past-tense verb (or a participle after "was"/"were") with an event noun as
     * its object within a few words, or as its subject just before a passive. Modal verbs ("will", "would")
     * and reporting verbs are not events.
     */
    static Trigger verbAndNoun(String sentence) {
        List<Language.Token> tokens = Language.tag(sentence);
        for (int i = 0; i < tokens.size(); i++) {
            Language.Token v = tokens.get(i);
            boolean afterBe = i > 0 && Set.of("was", "were").contains(tokens.get(i - 1).lower());
            boolean passive = v.tag().equals("VERB") && v.past() && afterBe;
            boolean past = v.tag().equals("VERB") && v.past() && !afterBe
                    && !(i > 0 && Set.of("has", "have", "had").contains(tokens.get(i - 1).lower()));
            if (!past && !passive || REPORTING.contains(v.lower()) || i > 0 && tokens.get(i - 1).modal()) {
                continue;
            }
            if (i > 1 && tokens.get(i - 2).modal()) {
                continue;
            }
            String category = null;
            if (past) {
                for (int k = i + 1; k < Math.min(tokens.size(), i + 7); k++) {
                    Language.Token t = tokens.get(k);
                    if (t.verb() || t.text().matches("[,;.]")) {
                        break;
                    }
                    if (t.noun() && (category = EVENT_NOUNS.get(singular(t.lower()))) != null) {
                        break;
                    }
                }
            } else {
                // the subject's head: the first event noun of the clause ("The meeting of the heads … was preceded")
                for (int k = i - 2; k >= Math.max(0, i - 10); k--) {
                    Language.Token t = tokens.get(k);
                    if (t.verb() || t.text().matches("[,;.]")) {
                        break;
                    }
                    String c = t.noun() ? EVENT_NOUNS.get(singular(t.lower())) : null;
                    if (c != null) {
                        category = c;
                    }
                }
            }
            if (category != null) {
                return new Trigger(v.lower(), PARTICIPLES.getOrDefault(category, v.lower()), category, v.start());
            }
        }
        return null;
    }

    private static String singular(String w) {
        return w.endsWith("ies") ? w.substring(0, w.length() - 3) + "y" : w.endsWith("s") && !w.endsWith("ss")
                && !w.equals("statistics") && !w.equals("talks") ? w.substring(0, w.length() - 1) : w;
    }

    private static final Set<String> REPORTING = Set.of("said", "told", "noted", "stated", "added", "stressed",
            "pointed", "explained", "emphasized", "emphasised", "believed", "thought", "expressed", "reported", "showed",
            "indicated", "urged", "called", "hoped", "was", "were", "had", "did", "became", "reached", "exceeded",
            "accounted", "granted", "received", "filed", "handled", "registered", "saw", "rose", "increased", "grew");
    private static final java.util.Map<String, String> EVENT_NOUNS = new java.util.HashMap<>();
    private static final java.util.Map<String, String> PARTICIPLES = java.util.Map.of("meeting", "held", "agreement",
            "signed", "establishment", "set up", "award", "presented", "publication", "released", "programme", "launched",
            "decision", "adopted");

    static {
        for (String w : List.of("forum", "conference", "meeting", "summit", "symposium", "seminar", "workshop", "briefing",
                "session", "assembly", "congress", "ceremony", "exhibition", "fair", "expo", "dialogue", "talks",
                "roundtable", "round-table", "gala", "festival")) {
            EVENT_NOUNS.put(w, "meeting");
        }
        for (String w : List.of("memorandum", "mou", "agreement", "accord", "treaty", "protocol", "deal", "pact",
                "arrangement", "contract", "charter")) {
            EVENT_NOUNS.put(w, "agreement");
        }
        for (String w : List.of("centre", "center", "office", "court", "tribunal", "institute", "college", "station",
                "platform", "alliance", "hub", "branch", "workstation", "academy", "laboratory", "lab")) {
            EVENT_NOUNS.put(w, "establishment");
        }
        for (String w : List.of("award", "prize", "medal", "honor", "honour", "trophy")) {
            EVENT_NOUNS.put(w, "award");
        }
        for (String w : List.of("statistics", "data", "report", "white paper", "guideline", "rule", "regulation",
                "measure", "opinion", "notice", "circular", "catalogue", "index", "ranking", "yearbook")) {
            EVENT_NOUNS.put(w, "publication");
        }
        for (String w : List.of("campaign", "programme", "program", "initiative", "project", "pilot", "scheme",
                "service", "system")) {
            EVENT_NOUNS.put(w, "programme");
        }
        for (String w : List.of("law", "act", "amendment", "decision", "revision", "bill", "interpretation")) {
            EVENT_NOUNS.put(w, "decision");
        }
    }

    private static Trigger find0(String sentence, boolean dayDated, boolean dated) {
        Matcher m = TRIGGER.matcher(sentence);
        Trigger statement = null;
        while (m.find()) {
            String w = m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            String before = sentence.substring(Math.max(0, m.start() - 40), m.start());
            boolean speech = w.equals("said") || w.equals("says") || w.equals("told") || w.equals("noted");
            boolean inForce = IN_FORCE.matcher(w).find();
            if (!speech && PERFECT.matcher(before).find() && !dayDated) {
                return null; // "have issued …, established …": a record of achievements, not a dated event
            }
            if (!speech && (FUTURE.matcher(before).find() && !(inForce && dayDated) || CLAUSE.matcher(before).find())) {
                continue;
            }
            if (!speech && Pattern.compile("\\b(will|shall)\\s+(?:\\w+\\s+){0,2}$", Pattern.CASE_INSENSITIVE)
                    .matcher(before).find() && !(inForce && dayDated)) {
                continue;
            }
            Trigger t = switch (w) {
                case "held", "hold", "hosted", "convened" -> new Trigger(w, "held", "meeting", m.start());
                case "opened", "kicked off" -> new Trigger(w, "opens", "forum", m.start());
                case "concluded" -> new Trigger(w, "concludes", "forum", m.start());
                case "signed" -> new Trigger(w, "signed", "agreement", m.start());
                case "inaugurated", "inaugurate" -> new Trigger(w, "inaugurated", "establishment", m.start());
                case "established", "set up", "founded", "unveiled" -> new Trigger(w, w, "establishment", m.start());
                case "launched" -> new Trigger(w, "launched", "programme", m.start());
                case "presented", "awarded" -> new Trigger(w, "presented", "award", m.start());
                case "met" -> Pattern.compile("^\\s+(?:with\\b|in\\b|at\\b|on\\b|[A-Z])").matcher(sentence.substring(m.end()))
                        .lookingAt() ? new Trigger(w, "meeting", "meeting", m.start()) : null;
                case "bestowed" -> new Trigger(w, "presented", "award", m.start());
                case "announced" -> AWARD.matcher(sentence).find() ? new Trigger(w, "announced", "award", m.start())
                        : null;
                case "passed", "adopted", "approved" -> new Trigger(w, w, "decision", m.start());
                case "deposited", "acceded", "ratified" -> new Trigger(w, w, "accession", m.start());
                case "participated in", "took part in", "attended" -> new Trigger(w, "attended", "meeting", m.start());
                case "delivered" -> new Trigger(w, "delivered", "meeting", m.start());
                case "released", "issued" -> new Trigger(w, "released", "publication", m.start());
                case "graduated" -> new Trigger(w, "graduate", "graduation", m.start());
                case "visited" -> new Trigger(w, "visit", "visit", m.start());
                default -> null;
            };
            if (t == null && inForce) {
                t = new Trigger(w, "takes effect", "entry into force", m.start());
            }
            if (t != null) {
                return t;
            }
            if (statement == null && (speech || w.equals("announced"))) {
                statement = new Trigger(w, "says", "statement", m.start());
            }
        }
        if (statement == null && dated) {
            Trigger pair = verbAndNoun(sentence);
            if (pair != null) {
                return pair;
            }
        }
        if (statement == null && dated) {
            Trigger nominal = nominal(sentence);
            if (nominal != null) {
                return nominal;
            }
        }
        if (statement == null && dayDated) {
            Matcher n = NOUN.matcher(sentence);
            if (n.find() && !FUTURE.matcher(sentence.substring(0, n.start())).find()
                    && !Pattern.compile("\\b(will|shall)\\b", Pattern.CASE_INSENSITIVE).matcher(sentence).find()) {
                return new Trigger(n.group(1).toLowerCase(Locale.ROOT), "held", "meeting", n.start());
            }
        }
        return statement;
    }
}
