<?xml version="1.0" encoding="UTF-8"?>
<!--
  The table of contents: a <nav> listing every heading of the edition (divisions of the body,
  annexes and their divisions, the notes), nested as the headings are.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:pp="urn:polypress"
    xpath-default-namespace="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
    exclude-result-prefixes="#all">

  <xsl:template name="pp:toc">
    <xsl:param name="doc" as="element()" required="yes"/>
    <xsl:variable name="entries" as="element()*">
      <xsl:apply-templates select="$doc/(mainBody, body, conclusions, attachments)" mode="pp:toc"/>
    </xsl:variable>
    <xsl:if test="exists($entries)">
      <nav class="toc" aria-labelledby="pp-contents">
        <h2 id="pp-contents">
          <xsl:value-of select="pp:label('contents')"/>
        </h2>
        <ol>
          <xsl:sequence select="$entries"/>
          <xsl:if test="exists(pp:notes($doc))">
            <li>
              <a href="#pp-notes">
                <xsl:value-of select="pp:label('notes')"/>
              </a>
            </li>
          </xsl:if>
        </ol>
      </nav>
    </xsl:if>
  </xsl:template>

  <!-- Elements that are not headings pass the search on to their children. -->
  <xsl:template match="*" mode="pp:toc">
    <xsl:apply-templates select="*" mode="pp:toc"/>
  </xsl:template>

  <!-- Nothing below these is a heading: the search stops there. -->
  <xsl:template match="text() | meta | authorialNote | toc | num | heading | subheading | p | paragraph
      | subparagraph | point | indent | alinea | list | content | intro | wrapUp | blockList | blockContainer
      | container | tblock | table | ul | ol | formula | coverPage | preface | preamble | citations | recitals"
      mode="pp:toc"/>

  <xsl:template match="*[pp:is-division(.)] | crossHeading" priority="2" mode="pp:toc">
    <xsl:call-template name="pp:toc-entry">
      <xsl:with-param name="label" select="if (self::crossHeading) then pp:plain(.)
          else string-join((pp:plain(num), pp:plain(heading))[.], ' ')"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="attachment" mode="pp:toc">
    <xsl:variable name="doc" select="*[not(self::meta)][1]"/>
    <xsl:variable name="label-p" select="$doc/preface/p[docType][pp:plain(.) eq pp:plain(docType)][1]"/>
    <xsl:variable name="label" select="if ($label-p) then pp:plain($label-p) else
        string-join((pp:label('annex'), if (count(../attachment) gt 1)
            then string(count(preceding-sibling::attachment) + 1) else ()), ' ')"/>
    <xsl:variable name="title" select="if ($doc/preface/longTitle) then pp:plain($doc/preface/longTitle[1])
        else normalize-space($doc/meta/identification/FRBRWork/FRBRname/@value)"/>
    <xsl:call-template name="pp:toc-entry">
      <xsl:with-param name="label" select="string-join(($label, $title[.]), ' ')"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="pp:toc-entry">
    <xsl:param name="label" as="xs:string" required="yes"/>
    <xsl:variable name="children" as="element()*">
      <xsl:if test="not(self::crossHeading)">
        <xsl:apply-templates select="* except (num, heading)" mode="pp:toc"/>
      </xsl:if>
    </xsl:variable>
    <li>
      <a href="#{pp:anchor(.)}">
        <xsl:value-of select="$label"/>
      </a>
      <xsl:if test="exists($children)">
        <ol>
          <xsl:sequence select="$children"/>
        </ol>
      </xsl:if>
    </li>
  </xsl:template>

</xsl:stylesheet>
