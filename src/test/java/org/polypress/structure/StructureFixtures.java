package org.polypress.structure;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.polypress.clean.Cleaner;
import org.polypress.profile.LanguageProfile;
import org.polypress.profile.Profiles;

/** Cleaning and structure of a text snippet in a language, with a fixed clock. */
final class StructureFixtures {
    private static final Profiles PROFILES = new Profiles();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-02T00:00:00Z"), ZoneOffset.UTC);

    private StructureFixtures() {
    }

    static DocumentTree tree(String lang, String text) {
        LanguageProfile p = PROFILES.forLanguage(lang);
        return new StructureBuilder(CLOCK).build(new Cleaner().clean(text, p), p);
    }
}
