<?xml version="1.0" encoding="UTF-8"?>
<!--
  Footnotes (AKN authorialNote): a numbered link where the note stands in the text, and the
  notes themselves after the text, each with a link back.

  Links are built from the note's @eId (fn-EID, fnref-EID). The number shown is the printed
  marker, unless markers repeat in the document (they restart per page in many sources): then
  the notes are numbered 1, 2, 3 in document order (see pp:note-numbers). A note whose body is
  not in the source (class notInSource) says so in the document's language (label noteNotInSource).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:pp="urn:polypress"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xpath-default-namespace="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
    exclude-result-prefixes="#all">

  <!-- The notes the edition shows, in document order (a printed table of contents is not shown). -->
  <xsl:function name="pp:notes" as="element(authorialNote)*">
    <xsl:param name="doc" as="element()"/>
    <xsl:sequence select="$doc//authorialNote[not(ancestor::toc)]"/>
  </xsl:function>

  <!--
    The number shown for each note, keyed by pp:note-key: the printed markers when they
    identify the notes, else 1, 2, 3 in document order (markers that restart per page, or notes
    without a marker). Computed once per document and passed down as the tunnel parameter
    $pp:note-numbers.
  -->
  <xsl:function name="pp:note-numbers" as="map(xs:string, xs:string)">
    <xsl:param name="doc" as="element()"/>
    <xsl:variable name="notes" select="pp:notes($doc)"/>
    <xsl:variable name="markers" select="$notes ! normalize-space(@marker)"/>
    <xsl:variable name="renumber" select="$markers = '' or count(distinct-values($markers)) ne count($notes)"/>
    <xsl:sequence select="map:merge($notes ! map{ pp:note-key(.): if ($renumber) then string(position())
        else normalize-space(@marker) })"/>
  </xsl:function>

  <xsl:template match="authorialNote">
    <xsl:param name="pp:note-numbers" as="map(xs:string, xs:string)" tunnel="yes" required="yes"/>
    <xsl:variable name="key" select="pp:note-key(.)"/>
    <xsl:variable name="number" select="$pp:note-numbers($key)"/>
    <a class="noteref" href="#fn-{$key}" id="fnref-{$key}" role="doc-noteref"
        aria-label="{pp:label('noteRef')} {$number}">
      <sup>
        <xsl:value-of select="$number"/>
      </sup>
    </a>
  </xsl:template>

  <!-- The notes of the whole document, annexes included, after the text. -->
  <xsl:template name="pp:endnotes">
    <xsl:param name="doc" as="element()" required="yes"/>
    <xsl:param name="pp:note-numbers" as="map(xs:string, xs:string)" tunnel="yes" required="yes"/>
    <xsl:variable name="notes" select="pp:notes($doc)"/>
    <xsl:if test="exists($notes)">
      <section class="endnotes" role="doc-endnotes" aria-labelledby="pp-notes">
        <h2 id="pp-notes">
          <xsl:value-of select="pp:label('notes')"/>
        </h2>
        <ol class="notes">
          <xsl:for-each select="$notes">
            <xsl:variable name="key" select="pp:note-key(.)"/>
            <xsl:variable name="number" select="$pp:note-numbers($key)"/>
            <li id="fn-{$key}">
              <xsl:call-template name="pp:lang"/>
              <span class="note-number">
                <xsl:value-of select="$number"/>
              </span>
              <div class="note-body">
                <xsl:choose>
                  <xsl:when test="tokenize(@class) = 'notInSource'">
                    <!-- Called in the text, its body not in the source (an extract cut before its notes). -->
                    <p class="note-not-in-source">
                      <xsl:value-of select="pp:label('noteNotInSource')"/>
                    </p>
                  </xsl:when>
                  <xsl:when test="*">
                    <xsl:apply-templates/>
                  </xsl:when>
                  <xsl:otherwise>
                    <p>
                      <xsl:apply-templates/>
                    </p>
                  </xsl:otherwise>
                </xsl:choose>
              </div>
              <a class="backlink" href="#fnref-{$key}" role="doc-backlink"
                  aria-label="{pp:label('backToText')} ({pp:label('noteRef')} {$number})">↩&#xFE0E;</a>
            </li>
          </xsl:for-each>
        </ol>
      </section>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
