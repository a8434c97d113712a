package org.timescope.service.edit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Optional;
import org.timescope.service.storage.EditSession;

/** The kinds of entry the change log knows, and how each is read, created, replaced and removed in a session. */
public enum Kind {
    EVENT("event", "key") {
        @Override
        Optional<ObjectNode> read(EditSession s, String key) {
            return s.event(key).map(Images::of);
        }

        @Override
        void create(EditSession s, JsonNode image, long id) {
            s.createEvent(Images.event(image), id);
        }

        @Override
        void update(EditSession s, String key, JsonNode image) {
            s.updateEvent(Images.event(image));
        }

        @Override
        void delete(EditSession s, String key) {
            s.deleteEvent(key);
        }
    },
    ORGANISATION("organisation", "name") {
        @Override
        Optional<ObjectNode> read(EditSession s, String key) {
            return s.organisation(key).map(Images::of);
        }

        @Override
        void create(EditSession s, JsonNode image, long id) {
            s.createOrganisation(Images.organisation(image), id);
        }

        @Override
        void update(EditSession s, String key, JsonNode image) {
            s.updateOrganisation(key, Images.organisation(image));
        }

        @Override
        void delete(EditSession s, String key) {
            s.deleteOrganisation(key);
        }
    },
    THEME("theme", "name") {
        @Override
        Optional<ObjectNode> read(EditSession s, String key) {
            return s.theme(key).map(Images::of);
        }

        @Override
        void create(EditSession s, JsonNode image, long id) {
            s.createTheme(Images.theme(image), id);
        }

        @Override
        void update(EditSession s, String key, JsonNode image) {
            s.updateTheme(key, Images.theme(image));
        }

        @Override
        void delete(EditSession s, String key) {
            s.deleteTheme(key);
        }
    },
    PLACE("place", "name") {
        @Override
        Optional<ObjectNode> read(EditSession s, String key) {
            return s.place(key).map(Images::of);
        }

        @Override
        void create(EditSession s, JsonNode image, long id) {
            s.createPlace(Images.place(image), id);
        }

        @Override
        void update(EditSession s, String key, JsonNode image) {
            s.updatePlace(key, Images.place(image));
        }

        @Override
        void delete(EditSession s, String key) {
            s.deletePlace(key);
        }
    },
    PERSON("person", "name") {
        @Override
        Optional<ObjectNode> read(EditSession s, String key) {
            return s.person(key).map(Images::person);
        }

        @Override
        void create(EditSession s, JsonNode image, long id) {
            s.createPerson(image.get("name").asText(), id);
        }

        @Override
        void update(EditSession s, String key, JsonNode image) {
            s.renamePerson(key, image.get("name").asText());
        }

        @Override
        void delete(EditSession s, String key) {
            s.deletePerson(key);
        }
    },
    SOURCE("source", "key") {
        @Override
        Optional<ObjectNode> read(EditSession s, String key) {
            return s.source(key).map(Images::of);
        }

        @Override
        void create(EditSession s, JsonNode image, long id) {
            s.createSource(Images.source(image), id);
        }

        @Override
        void update(EditSession s, String key, JsonNode image) {
            s.updateSource(key, Images.source(image));
        }

        @Override
        void delete(EditSession s, String key) {
            s.deleteSource(key);
        }
    },
    ERA("era", "key") {
        @Override
        Optional<ObjectNode> read(EditSession s, String key) {
            return s.era(key).map(Images::of);
        }

        @Override
        void create(EditSession s, JsonNode image, long id) {
            s.createEra(Images.era(image), id);
        }

        @Override
        void update(EditSession s, String key, JsonNode image) {
            s.updateEra(Images.era(image));
        }

        @Override
        void delete(EditSession s, String key) {
            s.deleteEra(key);
        }
    },
    /** A typed link between two events, named "from|kind|to"; its ends and kind never change (a new link instead). */
    LINK("link", "key") {
        @Override
        Optional<ObjectNode> read(EditSession s, String key) {
            String[] p = org.timescope.model.EventLink.parts(key);
            return s.link(p[0], org.timescope.model.LinkKind.parse(p[1]), p[2]).map(Images::of);
        }

        @Override
        void create(EditSession s, JsonNode image, long id) {
            s.createLink(Images.link(image), id);
        }

        @Override
        void update(EditSession s, String key, JsonNode image) {
            s.updateLink(Images.link(image));
        }

        @Override
        void delete(EditSession s, String key) {
            String[] p = org.timescope.model.EventLink.parts(key);
            s.deleteLink(p[0], org.timescope.model.LinkKind.parse(p[1]), p[2]);
        }
    };

    private final String label;
    private final String keyField;

    Kind(String label, String keyField) {
        this.label = label;
        this.keyField = keyField;
    }

    /** The name the log and the command line use: event, organisation, theme, place, person, source, era, link. */
    public String label() {
        return label;
    }

    /** The field that names an entry (an event's key, an entry's name): changing it renames the entry. */
    String keyField() {
        return keyField;
    }

    abstract Optional<ObjectNode> read(EditSession s, String key);

    abstract void create(EditSession s, JsonNode image, long id);

    abstract void update(EditSession s, String key, JsonNode image);

    abstract void delete(EditSession s, String key);


    public static Kind of(String label) {
        for (Kind k : values()) {
            if (k.label.equals(label.toLowerCase(Locale.ROOT))) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown kind of entry '" + label
                + "' (event, organisation, theme, place, person, source, era or link)");
    }
}
