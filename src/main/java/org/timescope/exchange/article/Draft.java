package org.timescope.exchange.article;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import org.timescope.model.DateSpan;
import org.timescope.model.Evidence;
import org.timescope.model.Organisation;
import org.timescope.model.OrganisationRole;
import org.timescope.model.PartialDate;
import org.timescope.model.PersonRole;
import org.timescope.model.Place;
import org.timescope.model.Source;
import org.timescope.model.TimelineEvent;
import org.timescope.exchange.article.ArticleExtractor.Candidate;
import org.timescope.exchange.article.ArticleExtractor.Open;

import static org.timescope.exchange.article.ArticleExtractor.HOST;
import static org.timescope.exchange.article.ArticleExtractor.mask;
import static org.timescope.exchange.article.ArticleExtractor.officeOf;
import static org.timescope.exchange.article.ArticleExtractor.roleFor;

/** A candidate being assembled from its sentence and the sentences that refer back to it. */
final class Draft {
    final int index;
    final Sentences.Sentence sentence;
    final DateMention when;
    final Triggers.Trigger trigger;
    final String phrase;
    final String head;
    final Map<String, String> roles = new LinkedHashMap<>();
    final Map<String, Entities.OrgMention> mentions = new LinkedHashMap<>();
    final Map<String, PersonRole> people = new LinkedHashMap<>();
    final List<Sentences.Sentence> quotes = new ArrayList<>();

    Draft(int index, Sentences.Sentence s, DateMention when, Triggers.Trigger trigger,
          List<Entities.OrgMention> orgs) {
        this.index = index;
        this.sentence = s;
        this.when = when;
        this.trigger = trigger;
        this.phrase = Titles.phrase(s.text());
        this.head = phrase == null ? null : Titles.head(phrase);
        this.core = phrase == null ? null : phrase.replaceFirst("^(\\d{4}|\\d{1,3}(st|nd|rd|th))\\s+", "");
        // asked for each later sentence: worked out once
        this.coreLower = core == null ? null : core.toLowerCase(Locale.ROOT);
        this.coreWords = core == null ? 0 : core.split("\\s+").length;
        this.headLower = head == null ? null : head.toLowerCase(Locale.ROOT);
        this.theHead = head == null ? null : "the " + headLower;
        quotes.add(s);
        addOrgs(s.text(), orgs, false);
        Entities.people(s.text(), orgs).forEach(p -> people.putIfAbsent(p.name(), p));
    }

    /** The title, made again only when the people it may name have changed (it is asked for often). */
    private String title;
    private int titledWithPeople = -1;
    private final String core;
    final String coreLower;
    final int coreWords;
    final String headLower;
    final String theHead;

    String title() {
        if (title == null || titledWithPeople != people.size()) {
            title = Titles.make(Entities.withoutDateline(sentence.text()), trigger, new ArrayList<>(people.values()));
            titledWithPeople = people.size();
        }
        return title;
    }

    /** The phrase without its edition ("19th", "2021"), to recognise later mentions. */
    String core() {
        return core;
    }

    void role(String org, String role) {
        roles.putIfAbsent(org, role);
    }

    void merge(Sentences.Sentence s, List<Entities.OrgMention> orgs) {
        if (quotes.size() < 4) {
            quotes.add(s);
        }
        addOrgs(s.text(), orgs, true);
        Entities.people(s.text(), orgs).forEach(p -> people.putIfAbsent(p.name(), p));
    }

    private void addOrgs(String s, List<Entities.OrgMention> orgs, boolean later) {
        Matcher host = HOST.matcher(s);
        int hostAt = host.find() ? host.end() : -1;
        String how = hostAt >= 0 ? host.group(1).toLowerCase(Locale.ROOT) : "";
        long after = orgs.stream().filter(x -> hostAt >= 0 && x.start() >= hostAt).count();
        int phraseAt = phrase == null || later ? -1 : s.indexOf(phrase);
        for (Entities.OrgMention o : orgs) {
            String role;
            if (hostAt >= 0 && o.start() >= hostAt) {
                role = how.startsWith("presided") ? "presiding"
                        : how.matches("jointly held|co-.*") || after > 1 ? "co-host" : "host";
            } else if (phraseAt >= 0 && o.start() >= phraseAt && o.end() <= phraseAt + phrase.length()) {
                // the thing set up, or the body whose meeting it is ("Meeting of the … Joint Conference")
                role = trigger.category().equals("establishment") ? trigger.participle() : "host";
            } else if (later) {
                role = "participant";
            } else {
                boolean thingIsAnOrg = phraseAt >= 0 && orgs.stream().anyMatch(x -> x.start() >= phraseAt
                        && x.end() <= phraseAt + phrase.length());
                role = thingIsAnOrg ? "participant" : roleFor(trigger, o.start() < trigger.start());
            }
            roles.putIfAbsent(o.name(), role);
            mentions.putIfAbsent(o.name(), o);
        }
    }

    boolean sameDate(Draft o) {
        return java.util.Objects.equals(when.date(), o.when.date()) && java.util.Objects.equals(when.until(),
                o.when.until()) && java.util.Objects.equals(when.openDay(), o.when.openDay());
    }

    /** This event's days contain the other's (a statement made during the Assemblies). */
    boolean contains(Draft o) {
        if (when.date() == null || o.when.date() == null) {
            return sameDate(o);
        }
        PartialDate end = when.until() != null ? when.until() : when.date();
        return !o.when.date().firstDay().isBefore(when.date().firstDay())
                && !o.when.date().lastDay().isAfter(end.lastDay());
    }

    /** Another candidate for the same occasion: its sentences, bodies and people join this one. */
    void absorb(Draft o) {
        for (Sentences.Sentence q : o.quotes) {
            if (quotes.size() < 6 && !quotes.contains(q)) {
                quotes.add(q);
            }
        }
        o.roles.forEach(roles::putIfAbsent);
        o.mentions.forEach(mentions::putIfAbsent);
        o.people.forEach(people::putIfAbsent);
        spoken.addAll(o.spoken);
        inheritedPlaces.addAll(o.inheritedPlaces);
        placesSeen.addAll(o.placesSeen);
    }

    /** "Commissioner Lee" where the article named "KIPO Commissioner Insil LEE": KIPO took part. */
    void linkPeople(Map<String, Entities.OrgMention> bodies) {
        if (bodies.isEmpty()) {
            return;
        }
        for (Sentences.Sentence q : quotes) {
            for (Entities.OrgMention o : Entities.bodiesOfPeople(q.text(), bodies)) {
                roles.putIfAbsent(o.name(), "participant");
                mentions.putIfAbsent(o.name(), o);
            }
        }
    }

    /** Places of the event this one is part of ("a reception to mark the opening of the Assemblies"). */
    final List<String> inheritedPlaces = new ArrayList<>();
    String datelinePlace;

    void inheritPlaces(Draft from) {
        inheritedPlaces.addAll(from.placesSeen);
        inheritedPlaces.addAll(from.inheritedPlaces);
    }

    /** Places named in this candidate's sentences, worked out when it is made into a candidate. */
    final java.util.LinkedHashSet<String> placesSeen = new java.util.LinkedHashSet<>();

    /** Merged sentences that report what someone said: their places are not the event's. */
    final Set<Sentences.Sentence> spoken = new HashSet<>();

    void notePlaces(Gazetteer g, Map<String, String> acronyms) {
        for (Sentences.Sentence q : quotes) {
            if (spoken.contains(q)) {
                continue;
            }
            String masked = q.text();
            if (phrase != null && masked.contains(phrase)) {
                masked = masked.replace(phrase, " ".repeat(phrase.length()));
            }
            placesSeen.addAll(Entities.places(mask(masked, Entities.organisations(masked, g, acronyms)), g));
        }
    }

    Candidate toCandidate(Source source, Gazetteer g, Map<String, String> acronyms,
                          Map<String, Organisation> newOrgs, Map<String, Place> newPlaces) {
        String title = title();
        StringBuilder all = new StringBuilder();
        for (Sentences.Sentence q : quotes) {
            all.append(q.text()).append(' ');
        }
        java.util.LinkedHashSet<String> places = new java.util.LinkedHashSet<>(placesSeen);
        if (places.isEmpty() || when.text() != null && when.start() == 0 && when.end() == 0) {
            places.addAll(inheritedPlaces); // a place of its own, or that of the occasion it is part of
        }
        if (datelinePlace != null) {
            places.add(datelinePlace);
        }
        for (PersonRole p : people.values()) {
            String office = officeOf(p, places, g);
            if (office != null) {
                roles.putIfAbsent(office, "participant"); // "Vice Mayor Chen Qun" in Shanghai: the city government
            }
        }
        List<OrganisationRole> orgRoles = new ArrayList<>();
        roles.forEach((o, r) -> orgRoles.add(new OrganisationRole(o, r)));
        String original = source.text();
        List<Evidence> evidence = quotes.stream()
                .map(q -> Evidence.at(source.key(), original.substring(q.start(), q.end()), q.start())).toList();
        List<String> themes = ThemeRules.themes(all.toString(), g.themes());
        String summary = sentence.text().replace('\u00a0', ' ');
        for (Entities.OrgMention o : mentions.values()) {
            if (!o.known()) {
                newOrgs.putIfAbsent(o.name(), new Organisation(o.name(), null, List.of(), null, o.kind(),
                        "Found in the article " + source.title()));
            }
        }
        for (String p : places) {
            if (!g.places().contains(p)) {
                newPlaces.putIfAbsent(p, new Place(p, null, null));
            }
        }
        if (!when.resolved()) {
            Open open = new Open(when.openDay(), when.openUntil(), trigger.category(), summary, orgRoles,
                    new ArrayList<>(places), new ArrayList<>(people.values()), themes, evidence);
            return new Candidate(null, title, when.note(), sentence.text(), sentence.start(), sentence.end(), open);
        }
        TimelineEvent event = new TimelineEvent(source.key() + "-" + sentence.start(), title, summary,
                trigger.category(), new DateSpan(when.date(), when.until()), when.approximate(), when.inferred(),
                when.note(), new ArrayList<>(places), orgRoles, themes, new ArrayList<>(people.values()), evidence);
        return new Candidate(event, title, when.note(), sentence.text(), sentence.start(), sentence.end(), null);
    }
}
