package org.polypress.publish.html;

import java.util.Map;
import java.util.Objects;

/**
 * What a page links of its work's other language versions: each version's NAME by BCP-47 language
 * (this page's included), each language's name in itself ("Français"), and the NAME of the work's
 * side-by-side page ("" for none). {@link #NONE} for a work in one language.
 */
public record VersionLinks(Map<String, String> versions, Map<String, String> languageNames, String parallel) {
    public static final VersionLinks NONE = new VersionLinks(Map.of(), Map.of(), "");

    public VersionLinks {
        versions = Map.copyOf(versions);
        languageNames = Map.copyOf(languageNames);
        parallel = Objects.requireNonNullElse(parallel, "");
    }
}
