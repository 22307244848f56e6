package org.polypress.publish.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.polypress.publish.html.HtmlFixtures.Fixture;

/** Every variant of every fixture edition, and the catalogue, pass the Nu Html Checker with no error. */
class HtmlValidationTest {

    private static NuHtmlChecker checker;

    @BeforeAll
    static void setUp() throws Exception {
        checker = new NuHtmlChecker();
    }

    @ParameterizedTest
    @EnumSource(Fixture.class)
    void pageIsValid(Fixture fixture) throws Exception {
        assertEquals(List.of(), checker.errors(HtmlFixtures.edition(fixture).pageText(), fixture.baseName() + ".html"));
    }

    @ParameterizedTest
    @EnumSource(Fixture.class)
    void standalonePageIsValid(Fixture fixture) throws Exception {
        assertEquals(List.of(), checker.errors(HtmlFixtures.edition(fixture).standaloneText(),
                fixture.baseName() + ".standalone.html"));
    }

    /** The fragment is checked as the body of a minimal host page, as it will be used. */
    @ParameterizedTest
    @EnumSource(Fixture.class)
    void fragmentIsValidInsideAHostPage(Fixture fixture) throws Exception {
        String host = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Host</title></head><body>"
                + HtmlFixtures.edition(fixture).fragmentText() + "</body></html>";
        assertEquals(List.of(), checker.errors(host, fixture.baseName() + ".fragment.html"));
    }

    /** The checker is live: a page with a duplicate id, a stray end tag and no title fails. */
    @Test
    void checkerFindsErrors() throws Exception {
        List<String> errors = checker.errors("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"></head>"
                + "<body><p id=\"a\">x</p><p id=\"a\">y</span></body></html>", "broken.html");
        assertEquals(3, errors.size(), errors.toString());
    }

    @Test
    void catalogueIsValid(@TempDir Path output) throws Exception {
        CatalogueFixtures.publish(output, Fixture.values());
        String html = CatalogueFixtures.renderer().render(output, "en", HtmlFixtures.labels("en"));
        assertEquals(List.of(), checker.errors(html, "index.html"));
    }

    @Test
    void emptyCatalogueIsValid(@TempDir Path output) throws Exception {
        String html = CatalogueFixtures.renderer().render(output, "nl", HtmlFixtures.labels("nl"));
        assertEquals(List.of(), checker.errors(html, "index.html"));
    }
}
