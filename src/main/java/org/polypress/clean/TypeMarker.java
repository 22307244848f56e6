package org.polypress.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.polypress.ingest.LayoutEvidence;

/**
 * Sets on each block the type it is printed in, from the PDF's layout evidence: a block whose text
 * is one or more consecutive styled lines of its page is {@link Block.Type#LARGER} (when a line is
 * clearly larger than the body) or {@link Block.Type#BOLD}; any other block of a document with
 * evidence is {@link Block.Type#BODY}. Without evidence (text input) blocks stay
 * {@link Block.Type#UNKNOWN}.
 *
 * <p>Blocks are joined, dehyphenated and glyph-normalised lines, and the evidence is the lines as
 * extracted: both are compared after glyph normalisation, without white space and hyphens.
 * Pure; one instance per document.
 */
final class TypeMarker {
    /** Blocks of more lines than this are running text, never a heading set in display type. */
    static final int MAX_LINES = 6;

    private final boolean present;
    private final Map<Integer, List<Styled>> byPage = new HashMap<>();

    private record Styled(String key, boolean larger) {
    }

    TypeMarker(LayoutEvidence layout, GlyphNormalizer glyphs) {
        this.present = layout.present();
        for (LayoutEvidence.StyledLine s : layout.styled()) {
            String key = key(glyphs.normalize(s.text()).text());
            if (!key.isEmpty()) {
                byPage.computeIfAbsent(s.page(), p -> new ArrayList<>()).add(new Styled(key, layout.larger(s)));
            }
        }
    }

    List<Block> mark(List<Block> blocks) {
        if (!present) {
            return blocks;
        }
        List<Block> out = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            out.add(b.withType(typeOf(b)));
        }
        return out;
    }

    private Block.Type typeOf(Block block) {
        List<Styled> lines = byPage.get(block.page());
        if (lines == null || block.lines() > MAX_LINES) {
            return Block.Type.BODY;
        }
        String key = key(block.plain());
        if (key.isEmpty()) {
            return Block.Type.BODY;
        }
        for (int i = 0; i < lines.size(); i++) {
            int at = 0;
            boolean larger = true;
            int j = i;
            while (j < lines.size() && at < key.length() && key.startsWith(lines.get(j).key(), at)) {
                at += lines.get(j).key().length();
                larger &= lines.get(j).larger();
                j++;
            }
            if (at == key.length()) {
                return larger ? Block.Type.LARGER : Block.Type.BOLD;
            }
        }
        return Block.Type.BODY;
    }

    /** The text without white space and hyphens (line-end hyphens are joined or kept by the cleaner). */
    static String key(String text) {
        StringBuilder k = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '-' && c != '\u2010' && c != '\u2011'
                    && c != '\u00ad') {
                k.append(c);
            }
        }
        return k.toString();
    }
}
