<?xml version="1.0" encoding="UTF-8"?>
<!--
  Akoma Ntoso 3.0 -> XSL-FO for the PDF edition (Apache FOP 2.11; PDF/A-2b, tagged).

  Parameters
    lang    BCP-47 language of the document ("nl", "el"): hyphenation, xml:lang, PDF /Lang.
    labels  map(xs:string, xs:string) of the words the edition prints (keys as in the
            language profile without "label."); missing keys fall back to English.

    contents-min-pages
            the contents is printed only from this many (estimated) pages on, see
            ppfo:estimated-pages in fo/navigation.xsl; 0 prints it whenever there are two
            headed divisions. PdfRenderer passes the pdf.contents.min-pages setting.

    long    true() to set the document as a long one (see below); PdfRenderer decides it from the
            length of the text.

  One page sequence: page 1 carries the title block and what else the cover page and preface
  say, then the contents (when the document has at least two headed divisions and is estimated
  to fill $contents-min-pages pages) and the text, which starts on a new page after a long
  contents (see $ppfo:toc-page-break) and runs on after a short one.

  A long document (thousands of pages) is set so that FOP can release each page once it is laid
  out: the page sequence is marked continuable (ppfo:continue-master; PdfRenderer cuts it into
  sequences of bounded size, preferably before a division marked ppfo:split="before"), and
  nothing refers forward: the footer says "Page x" without the total, and the contents comes
  after the text instead of before it. Its running header gives the document number only (see
  ppfo:static-content for why).
  Modules (xslt/fo/): facts (document facts, helpers), page (geometry, header, footer),
  metadata (XMP), navigation (contents, bookmarks), front (title block, cover, preamble),
  body (divisions, numbered items, blocks), inline (inlines, footnotes); pp:label() comes from
  xslt/common/labels.xsl, shared with the HTML edition.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:akn="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
    xmlns:ppfo="urn:polypress:fo"
    exclude-result-prefixes="#all">

  <xsl:include href="common/labels.xsl"/>
  <xsl:include href="common/whitespace.xsl"/>
  <xsl:include href="fo/facts.xsl"/>
  <xsl:include href="fo/page.xsl"/>
  <xsl:include href="fo/metadata.xsl"/>
  <xsl:include href="fo/navigation.xsl"/>
  <xsl:include href="fo/front.xsl"/>
  <xsl:include href="fo/body.xsl"/>
  <xsl:include href="fo/inline.xsl"/>

  <xsl:param name="lang" as="xs:string" select="'en'"/>
  <xsl:param name="long" as="xs:boolean" select="false()"/>
  <xsl:param name="contents-min-pages" as="xs:integer" select="6"/>

  <xsl:output method="xml" encoding="UTF-8" indent="no"/>

  <!-- Unknown elements keep their text: nothing the source says is dropped silently. -->
  <xsl:mode on-no-match="text-only-copy"/>

  <xsl:template match="document-node()">
    <xsl:if test="not(akn:akomaNtoso)">
      <xsl:sequence select="error(xs:QName('ppfo:not-akn'),
          'The input is not Akoma Ntoso 3.0: the root element is ' || name(*[1]))"/>
    </xsl:if>
    <xsl:apply-templates select="akn:akomaNtoso"/>
  </xsl:template>

  <xsl:template match="akn:akomaNtoso">
    <xsl:variable name="doc" as="element()?" select="*[not(self::akn:components)][1]"/>
    <xsl:if test="empty($doc)">
      <xsl:sequence select="error(xs:QName('ppfo:empty'), 'The Akoma Ntoso document has no document element')"/>
    </xsl:if>
    <xsl:variable name="nav-count" select="ppfo:nav-count($doc)"/>
    <xsl:variable name="has-toc" select="$nav-count ge 2
        and ppfo:estimated-pages($doc) ge $contents-min-pages"/>
    <xsl:variable name="renumber-notes" select="ppfo:renumber-notes($doc)"/>
    <fo:root xml:lang="{$lang}" xsl:use-attribute-sets="ppfo:root">
      <xsl:call-template name="ppfo:layout-master-set"/>
      <xsl:call-template name="ppfo:declarations">
        <xsl:with-param name="doc" select="$doc"/>
        <xsl:with-param name="lang" select="$lang"/>
      </xsl:call-template>
      <xsl:call-template name="ppfo:bookmark-tree">
        <xsl:with-param name="doc" select="$doc"/>
      </xsl:call-template>
      <fo:page-sequence master-reference="ppfo-pages" id="{$ppfo:sequence-id}" initial-page-number="1">
        <xsl:if test="$long">
          <xsl:attribute name="ppfo:continue-master" select="$ppfo:continue-master"/>
        </xsl:if>
        <xsl:call-template name="ppfo:static-content">
          <xsl:with-param name="doc" select="$doc"/>
          <xsl:with-param name="long" select="$long"/>
        </xsl:call-template>
        <fo:flow flow-name="xsl-region-body" xsl:use-attribute-sets="ppfo:flow">
          <xsl:call-template name="ppfo:title-block">
            <xsl:with-param name="doc" select="$doc"/>
            <xsl:with-param name="ppfo:renumber-notes" tunnel="yes" select="$renumber-notes"/>
          </xsl:call-template>
          <xsl:call-template name="ppfo:cover-matter">
            <xsl:with-param name="doc" select="$doc"/>
            <xsl:with-param name="shown" select="ppfo:shown-strings($doc)"/>
            <xsl:with-param name="ppfo:renumber-notes" tunnel="yes" select="$renumber-notes"/>
          </xsl:call-template>
          <xsl:if test="$has-toc and not($long)">
            <xsl:call-template name="ppfo:toc">
              <xsl:with-param name="doc" select="$doc"/>
            </xsl:call-template>
          </xsl:if>
          <fo:block id="ppfo-text" break-before="{if ($nav-count ge $ppfo:toc-page-break and not($long)) then 'page' else 'auto'}"
              space-before="{if ($has-toc and not($long)) then '20pt' else '0pt'}">
            <xsl:call-template name="ppfo:document-text">
              <xsl:with-param name="doc" select="$doc"/>
              <xsl:with-param name="ppfo:renumber-notes" tunnel="yes" select="$renumber-notes"/>
            </xsl:call-template>
          </fo:block>
          <xsl:if test="$has-toc and $long">
            <fo:block break-before="page" ppfo:split="before">
              <xsl:call-template name="ppfo:toc">
                <xsl:with-param name="doc" select="$doc"/>
              </xsl:call-template>
            </fo:block>
          </xsl:if>
        </fo:flow>
      </fo:page-sequence>
    </fo:root>
  </xsl:template>

</xsl:stylesheet>
