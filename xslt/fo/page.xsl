<?xml version="1.0" encoding="UTF-8"?>
<!--
  Page geometry, type scale and the furniture of every page: the running header (document
  number and current chapter/section, pages 2+), the footer ("Page x of y") and the footnote
  separator. A4, one column of about 80 characters, DejaVu Serif at 10/14 pt.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:pp="urn:polypress"
    xmlns:ppfo="urn:polypress:fo"
    exclude-result-prefixes="#all">

  <!-- The face set for the whole document. DejaVu Sans only supplies glyphs the serif lacks. -->
  <xsl:variable name="ppfo:font-family" as="xs:string" select="'DejaVu Serif, DejaVu Sans'"/>

  <!-- Id of the page sequence (its last page is the "y" of "page x of y"). -->
  <xsl:variable name="ppfo:sequence-id" as="xs:string" select="'ppfo-document'"/>

  <!-- Page master of the pages that continue a long document's page sequence after a cut. -->
  <xsl:variable name="ppfo:continue-master" as="xs:string" select="'ppfo-rest'"/>

  <!-- Id of the title block, the target of the first bookmark. -->
  <xsl:variable name="ppfo:title-id" as="xs:string" select="'ppfo-title'"/>

  <!-- Longest parts of the running header, in characters (see ppfo:page-furniture). -->
  <xsl:variable name="ppfo:header-number" as="xs:integer" select="40"/>
  <xsl:variable name="ppfo:header-division" as="xs:integer" select="35"/>
  <xsl:variable name="ppfo:header-subdivision" as="xs:integer" select="28"/>

  <!-- Marker classes for the running header: top-level division and the division below it. -->
  <xsl:variable name="ppfo:marker-1" as="xs:string" select="'ppfo-running-1'"/>
  <xsl:variable name="ppfo:marker-2" as="xs:string" select="'ppfo-running-2'"/>

  <xsl:attribute-set name="ppfo:root">
    <xsl:attribute name="font-family" select="$ppfo:font-family"/>
    <xsl:attribute name="font-size">10pt</xsl:attribute>
    <xsl:attribute name="line-height">14pt</xsl:attribute>
    <xsl:attribute name="color">#1a1a1a</xsl:attribute>
    <xsl:attribute name="widows">2</xsl:attribute>
    <xsl:attribute name="orphans">2</xsl:attribute>
    <!-- Superscript note markers must not open up the line they sit on. -->
    <xsl:attribute name="line-height-shift-adjustment">disregard-shifts</xsl:attribute>
  </xsl:attribute-set>

  <!-- Running text: justified and hyphenated in the document's language. -->
  <xsl:attribute-set name="ppfo:flow">
    <xsl:attribute name="text-align">justify</xsl:attribute>
    <xsl:attribute name="hyphenate">true</xsl:attribute>
    <xsl:attribute name="hyphenation-remain-character-count">2</xsl:attribute>
    <xsl:attribute name="hyphenation-push-character-count">3</xsl:attribute>
    <xsl:attribute name="hyphenation-ladder-count">3</xsl:attribute>
  </xsl:attribute-set>

  <xsl:template name="ppfo:layout-master-set">
    <fo:layout-master-set>
      <xsl:for-each select="'first', 'rest'">
        <fo:simple-page-master master-name="ppfo-{.}" page-width="210mm" page-height="297mm"
            margin-top="12mm" margin-bottom="10mm" margin-left="27mm" margin-right="27mm">
          <fo:region-body margin-top="14mm" margin-bottom="14mm"/>
          <fo:region-before region-name="ppfo-header-{.}" extent="10mm"/>
          <fo:region-after region-name="ppfo-footer" extent="10mm"/>
        </fo:simple-page-master>
      </xsl:for-each>
      <fo:page-sequence-master master-name="ppfo-pages">
        <fo:repeatable-page-master-alternatives>
          <fo:conditional-page-master-reference master-reference="ppfo-first" page-position="first"/>
          <fo:conditional-page-master-reference master-reference="ppfo-rest" page-position="rest"/>
        </fo:repeatable-page-master-alternatives>
      </fo:page-sequence-master>
    </fo:layout-master-set>
  </xsl:template>

  <!--
    Header of pages 2+: the document number (or short title) at the left, the current chapter and
    section at the right, over a hairline. Page 1 carries the title block instead.
  -->
  <xsl:template name="ppfo:static-content">
    <xsl:param name="doc" as="element()"/>
    <!--
      A long document's furniture (see akn-fo.xsl): "Page x" without the total, which is a forward
      reference that holds every page in memory; and no current division in the header, because
      FOP 2.11's structure tree loses its state after retrieving a marker inside an artifact once
      a document has a second page sequence (the text after it is then tagged wrongly).
    -->
    <xsl:param name="long" as="xs:boolean" select="false()"/>
    <xsl:variable name="number" select="ppfo:number($doc)"/>
    <fo:static-content flow-name="ppfo-header-rest" role="artifact">
      <!--
        One line, set flush left and never justified or wrapped: the number and the current
        divisions are cut with an ellipsis to lengths that fit the measure together (at 7.5 pt,
        DejaVu Sans sets about 110 characters on the 170 mm line; 40 + 6 mm + 35 + 28 stay within it
        even in capitals, which are wider).
      -->
      <fo:block font-size="7.5pt" line-height="10pt" text-align="start" text-align-last="start"
          wrap-option="no-wrap" hyphenate="false" color="#404040" border-after-style="solid"
          border-after-width="0.4pt" border-after-color="#808080" padding-after="2pt">
        <fo:inline font-weight="bold">
          <xsl:value-of select="ppfo:shorten(if ($number) then $number else ppfo:title($doc), $ppfo:header-number)"/>
        </fo:inline>
        <fo:leader leader-pattern="space" leader-length="6mm"/>
        <xsl:if test="not($long)">
          <fo:retrieve-marker retrieve-class-name="{$ppfo:marker-1}"
              retrieve-position="first-including-carryover" retrieve-boundary="page-sequence"/>
          <fo:retrieve-marker retrieve-class-name="{$ppfo:marker-2}"
              retrieve-position="first-including-carryover" retrieve-boundary="page-sequence"/>
        </xsl:if>
      </fo:block>
    </fo:static-content>
    <fo:static-content flow-name="ppfo-footer" role="artifact">
      <fo:block font-size="7.5pt" line-height="10pt" text-align="center" color="#404040" hyphenate="false">
        <!-- "Page {page} of {total}", in the language's own order ("{total} / {page}. oldal"). -->
        <xsl:variable name="page" as="element()"><fo:page-number/></xsl:variable>
        <xsl:variable name="total" as="element()"><fo:page-number-citation-last ref-id="{$ppfo:sequence-id}"/></xsl:variable>
        <xsl:sequence select="if ($long) then pp:label-content('pageNumber', map{'page': $page})
            else pp:label-content('pageOfTotal', map{'page': $page, 'total': $total})"/>
      </fo:block>
    </fo:static-content>
    <fo:static-content flow-name="xsl-footnote-separator" role="artifact">
      <fo:block font-size="4pt" line-height="4pt" space-before="8pt" space-after="3pt" text-align="start">
        <fo:leader leader-pattern="rule" leader-length="35mm" rule-style="solid" rule-thickness="0.4pt"
            color="#808080"/>
      </fo:block>
    </fo:static-content>
  </xsl:template>

  <!--
    The header text of a division, set as a marker on the block that holds the whole division, so
    that a page which begins inside it still names it ("first-including-carryover" finds markers
    of blocks continued from earlier pages). Level 1 names the top division; level 2 adds the
    division below it after a separator. Deeper divisions set no marker.
  -->
  <xsl:template name="ppfo:running-marker">
    <xsl:param name="depth" as="xs:integer"/>
    <xsl:param name="caption" as="xs:string"/>
    <!-- None in a long document: nothing retrieves them, and FOP keeps each page's markers to the end. -->
    <xsl:if test="$caption and $depth le 2 and not($long)">
      <fo:marker marker-class-name="{if ($depth eq 1) then $ppfo:marker-1 else $ppfo:marker-2}">
        <xsl:value-of select="if ($depth eq 1) then ppfo:shorten($caption, $ppfo:header-division)
                              else '&#xA0;· ' || ppfo:shorten($caption, $ppfo:header-subdivision)"/>
      </fo:marker>
    </xsl:if>
  </xsl:template>

  <!-- Set on the heading of a top division: from there on, no second-level division is current. -->
  <xsl:template name="ppfo:clear-level-2">
    <xsl:if test="not($long)">
      <fo:marker marker-class-name="{$ppfo:marker-2}"/>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
