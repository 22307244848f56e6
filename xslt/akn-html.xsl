<?xml version="1.0" encoding="UTF-8"?>
<!--
  Akoma Ntoso 3.0 -> HTML5 edition (Saxon-HE, XSLT 3.0).

  One transformation writes the three variants of the edition:
    principal result            the page: NAME.html, links the stylesheet $css-href
    result document "standalone.html"  the same page with the CSS inlined in <style>
    result document "fragment.html"    only the <article>, every class prefixed "pp-"
  The article is built once and copied into each variant.

  Parameters
    lang      BCP-47 language of the document ("nl"): <html lang>, DC.language, inLanguage.
    labels    map(xs:string, xs:string) of the words the edition prints (keys as in the
              language profile without "label."); missing keys fall back to English.
    site-base absolute URL the output folder is published under ("https://law.example.org/pub"), or
              "" (the default): then the canonical link is relative, AKN IRIs are not linked and no
              host is ever named.
    name      the publication's NAME (output/html/NAME.html): the header bar links its PDF, XML and
              report editions beside it; "" gives a bar without them.
    versions  map(xs:string, xs:string): the work's language versions, BCP-47 language -> NAME of
              its edition (this one included), from the route's LanguageVersions; with two or more,
              the head links each as rel="alternate" hreflang and the header bar has a language
              switcher. Empty (the default): one language, no links.
    language-names  map(xs:string, xs:string): BCP-47 language -> its name in that language
              ("Français"), for the switcher; a missing one shows the code.
    parallel  the NAME of the work's side-by-side page (html/NAME.parallel.html), or "" for none.
    css       the CSS text to inline in the standalone variant (default: read css/polypress.css).
    css-href  where the page links its stylesheet (default "polypress.css", same folder).

  Modules (xslt/html/): facts (document facts, pure functions), head (metadata), toc (contents),
  blocks (front matter, divisions, numbered units, lists, boxes, annexes), inlines,
  footnotes (note references and endnotes), fragment (class prefixing); labels in xslt/common/.
  Everything AKN says is text: it is written as text nodes, so the serializer escapes it.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:pp="urn:polypress"
    xpath-default-namespace="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
    exclude-result-prefixes="#all">

  <xsl:include href="common/labels.xsl"/>
  <xsl:include href="common/whitespace.xsl"/>
  <xsl:include href="html/facts.xsl"/>
  <xsl:include href="html/head.xsl"/>
  <xsl:include href="html/toc.xsl"/>
  <xsl:include href="html/blocks.xsl"/>
  <xsl:include href="html/inlines.xsl"/>
  <xsl:include href="html/footnotes.xsl"/>
  <xsl:include href="html/fragment.xsl"/>
  <xsl:include href="html/bar.xsl"/>
  <xsl:include href="html/eli.xsl"/>

  <xsl:param name="lang" as="xs:string" select="'en'"/>
  <xsl:param name="site-base" as="xs:string" select="''"/>
  <xsl:param name="name" as="xs:string" select="''"/>
  <xsl:param name="versions" as="map(xs:string, xs:string)" select="map{}"/>
  <xsl:param name="language-names" as="map(xs:string, xs:string)" select="map{}"/>
  <xsl:param name="parallel" as="xs:string" select="''"/>
  <xsl:param name="css" as="xs:string" select="unparsed-text(resolve-uri('css/polypress.css', static-base-uri()))"/>
  <xsl:param name="css-href" as="xs:string" select="'polypress.css'"/>

  <!--
    All three variants: HTML5 ("<!DOCTYPE html>" before an <html> root), UTF-8, our own <meta charset>.
    No indentation: Saxon's HTML indenter triples the time of a large document and adds nothing a reader sees.
  -->
  <xsl:output method="html" html-version="5" encoding="UTF-8" indent="no" include-content-type="no"/>

  <!-- Unknown elements keep their text: nothing the source says is dropped silently. -->
  <xsl:mode on-no-match="text-only-copy"/>

  <xsl:template match="document-node()">
    <xsl:if test="not(akomaNtoso)">
      <xsl:sequence select="error(xs:QName('pp:not-akn'),
          'The input is not Akoma Ntoso 3.0: the root element is ' || name(*[1]))"/>
    </xsl:if>
    <xsl:apply-templates select="akomaNtoso"/>
  </xsl:template>

  <xsl:template match="akomaNtoso">
    <xsl:variable name="doc" as="element()?" select="pp:document(.)"/>
    <xsl:if test="empty($doc)">
      <xsl:sequence select="error(xs:QName('pp:empty'), 'The Akoma Ntoso document has no document element')"/>
    </xsl:if>
    <xsl:variable name="article" as="element()">
      <xsl:call-template name="pp:article">
        <xsl:with-param name="doc" select="$doc"/>
        <xsl:with-param name="pp:note-numbers" tunnel="yes" select="pp:note-numbers($doc)"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="head" as="element()+">
      <xsl:call-template name="pp:head-metadata">
        <xsl:with-param name="doc" select="$doc"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="bar" as="element()">
      <xsl:call-template name="pp:edition-bar">
        <xsl:with-param name="doc" select="$doc"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:call-template name="pp:page">
      <xsl:with-param name="head" select="$head"/>
      <xsl:with-param name="bar" select="$bar"/>
      <xsl:with-param name="article" select="$article"/>
      <xsl:with-param name="css" select="()"/>
    </xsl:call-template>
    <xsl:result-document href="standalone.html">
      <xsl:call-template name="pp:page">
        <xsl:with-param name="head" select="$head"/>
        <xsl:with-param name="bar" select="$bar"/>
        <xsl:with-param name="article" select="$article"/>
        <xsl:with-param name="css" select="$css"/>
      </xsl:call-template>
    </xsl:result-document>
    <xsl:result-document href="fragment.html">
      <xsl:apply-templates select="$article" mode="pp:fragment"/>
    </xsl:result-document>
  </xsl:template>

  <!-- The whole page around the article; $css given: inline it, else link $css-href. -->
  <xsl:template name="pp:page">
    <xsl:param name="head" as="element()+" required="yes"/>
    <xsl:param name="bar" as="element()" required="yes"/>
    <xsl:param name="article" as="element()" required="yes"/>
    <xsl:param name="css" as="xs:string?" required="yes"/>
    <html lang="{$lang}">
      <head>
        <xsl:sequence select="$head"/>
        <xsl:choose>
          <xsl:when test="exists($css)">
            <style>
              <xsl:value-of select="$css"/>
            </style>
          </xsl:when>
          <xsl:otherwise>
            <link rel="stylesheet" href="{$css-href}"/>
          </xsl:otherwise>
        </xsl:choose>
      </head>
      <body>
        <xsl:sequence select="$bar"/>
        <main>
          <xsl:sequence select="$article"/>
        </main>
      </body>
    </html>
  </xsl:template>

  <!-- The edition proper: front matter, contents, preamble, body, annexes, notes. -->
  <xsl:template name="pp:article">
    <xsl:param name="doc" as="element()" required="yes"/>
    <article class="document" lang="{$lang}">
      <header class="document-header">
        <xsl:apply-templates select="$doc/coverPage"/>
        <xsl:variable name="short" select="pp:short-title($doc)"/>
        <xsl:variable name="long-title" select="pp:redundant-long-title($doc)"/>
        <xsl:choose>
          <xsl:when test="exists($short)">
            <h1 id="pp-title">
              <xsl:value-of select="$short"/>
            </h1>
            <xsl:choose>
              <xsl:when test="exists($long-title)">
                <xsl:apply-templates select="$long-title"/>
              </xsl:when>
              <xsl:otherwise>
                <p class="long-title"><xsl:value-of select="pp:title($doc)"/></p>
              </xsl:otherwise>
            </xsl:choose>
          </xsl:when>
          <xsl:otherwise>
            <h1 id="{($long-title/@eId, 'pp-title')[1]}">
              <xsl:value-of select="pp:title($doc)"/>
            </h1>
          </xsl:otherwise>
        </xsl:choose>
        <xsl:call-template name="pp:facts">
          <xsl:with-param name="doc" select="$doc"/>
        </xsl:call-template>
        <xsl:call-template name="pp:eli-rdfa">
          <xsl:with-param name="doc" select="$doc"/>
        </xsl:call-template>
        <xsl:apply-templates select="$doc/preface"/>
      </header>
      <xsl:call-template name="pp:toc">
        <xsl:with-param name="doc" select="$doc"/>
      </xsl:call-template>
      <xsl:apply-templates select="$doc/(preamble, mainBody, body, conclusions, attachments)"/>
      <xsl:call-template name="pp:endnotes">
        <xsl:with-param name="doc" select="$doc"/>
      </xsl:call-template>
    </article>
  </xsl:template>

  <!-- Document number and date under the title. -->
  <xsl:template name="pp:facts">
    <xsl:param name="doc" as="element()" required="yes"/>
    <xsl:variable name="number" select="pp:number($doc)"/>
    <xsl:variable name="date" select="pp:date($doc)"/>
    <xsl:if test="exists(($number, $date))">
      <dl class="facts">
        <xsl:if test="exists($number)">
          <div>
            <dt><xsl:value-of select="pp:label('documentNumber')"/></dt>
            <dd><xsl:value-of select="$number"/></dd>
          </div>
        </xsl:if>
        <xsl:if test="exists($date)">
          <div>
            <dt><xsl:value-of select="pp:label('date')"/></dt>
            <dd>
              <xsl:choose>
                <xsl:when test="$date castable as xs:date">
                  <time datetime="{$date}"><xsl:value-of select="$date"/></time>
                </xsl:when>
                <xsl:otherwise>
                  <xsl:value-of select="$date"/>
                </xsl:otherwise>
              </xsl:choose>
            </dd>
          </div>
        </xsl:if>
      </dl>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
