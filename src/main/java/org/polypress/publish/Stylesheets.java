package org.polypress.publish;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import javax.xml.transform.stream.StreamSource;

import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XsltCompiler;
import net.sf.saxon.s9api.XsltExecutable;

/** Loading and compiling files from the stylesheet folder ({@code file:} or {@code jar:} URI), for every edition. */
public final class Stylesheets {

    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*");

    private Stylesheets() {
    }

    /**
     * A file in the folder. String concatenation rather than {@link URI#resolve}, which does
     * nothing for the opaque {@code jar:file:...!/xslt/} URIs of a packaged build.
     */
    public static URI resolve(URI folder, String relative) {
        String base = Objects.requireNonNull(folder, "xsltBase").toString();
        return URI.create(base.endsWith("/") ? base + relative : base + "/" + relative);
    }

    /** Compiles a stylesheet; the exception names every static error with its location. */
    public static XsltExecutable compile(Processor processor, URI uri) throws SaxonApiException {
        XsltCompiler compiler = processor.newXsltCompiler();
        List<String> errors = new ArrayList<>();
        compiler.setErrorReporter(error -> {
            if (!error.isWarning()) {
                errors.add(error.getMessage() + (error.getLocation() == null ? ""
                        : " (" + error.getLocation().getSystemId() + ":" + error.getLocation().getLineNumber() + ")"));
            }
        });
        try (InputStream in = uri.toURL().openStream()) {
            return compiler.compile(new StreamSource(in, uri.toString()));
        } catch (IOException e) {
            throw new SaxonApiException("Cannot read the stylesheet " + uri + ": " + e.getMessage(), e);
        } catch (SaxonApiException e) {
            if (errors.isEmpty()) {
                throw e;
            }
            throw new SaxonApiException("The stylesheet " + uri + " does not compile: " + String.join("; ", errors), e);
        }
    }

    /** A UTF-8 text file from the folder. */
    public static String text(URI uri) throws SaxonApiException {
        try (InputStream in = uri.toURL().openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SaxonApiException("Cannot read " + uri + ": " + e.getMessage(), e);
        }
    }

    /** Checks a BCP-47 language tag ("nl", "el", "pt-BR"): it ends up in lang attributes. */
    public static String languageTag(String lang) {
        if (lang == null || !LANGUAGE_TAG.matcher(lang).matches()) {
            throw new IllegalArgumentException("lang must be a BCP-47 tag such as \"nl\" or \"el\": " + lang);
        }
        return lang;
    }
}
