<?xml version="1.0" encoding="UTF-8"?>
<!--
  The metadata in the page's <head>: title, description, Dublin Core, canonical link and
  schema.org JSON-LD. The stylesheet link (or inlined CSS) is added by pp:page.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:pp="urn:polypress"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xpath-default-namespace="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
    exclude-result-prefixes="#all">

  <!-- Longest description before it is cut at a word boundary. -->
  <xsl:variable name="pp:description-length" as="xs:integer" select="200"/>

  <!-- Everything in <head> but the stylesheet, built once for the page and the standalone page. -->
  <xsl:template name="pp:head-metadata" as="element()+">
    <xsl:param name="doc" as="element()" required="yes"/>
    <xsl:variable name="title" select="pp:title($doc)"/>
    <xsl:variable name="number" select="pp:number($doc)"/>
    <xsl:variable name="date" select="pp:date($doc)"/>
    <!-- The page itself: under the site base when one is configured, else relative (no host is invented). -->
    <xsl:variable name="page" select="encode-for-uri($name)[$name ne ''] ! (. || '.html')"/>
    <xsl:variable name="own" select="$page ! (if ($site-base ne '') then pp:absolute-url('html/' || ., $site-base) else .)"/>
    <xsl:variable name="url" select="$own[$site-base ne '']"/>
    <!-- An act's page names its language version as canonical: the act's expression IRI (see eli.xsl). -->
    <xsl:variable name="canonical" select="(pp:act-canonical($doc), $own)[1]"/>
      <meta charset="utf-8"/>
      <meta name="viewport" content="width=device-width, initial-scale=1"/>
      <title>
        <xsl:variable name="shown" select="(pp:short-title($doc), $title)[1]"/>
        <xsl:value-of select="string-join(($shown, $number[not(contains($shown, .))]), ' – ')"/>
      </title>
      <meta name="description" content="{pp:description($doc)}"/>
      <meta name="generator" content="Polypress"/>
      <link rel="schema.DC" href="http://purl.org/dc/elements/1.1/"/>
      <meta name="DC.title" content="{$title}"/>
      <meta name="DC.language" content="{$lang}"/>
      <xsl:if test="exists($number)">
        <meta name="DC.identifier" content="{$number}"/>
      </xsl:if>
      <xsl:if test="exists($date)">
        <meta name="DC.date" content="{$date}"/>
      </xsl:if>
      <xsl:if test="exists($canonical)">
        <link rel="canonical" href="{$canonical}"/>
      </xsl:if>
      <!-- The work's language versions, this page among them (as search engines ask). -->
      <xsl:if test="map:size($versions) ge 2">
        <xsl:for-each select="sort(map:keys($versions))">
          <xsl:variable name="href" select="encode-for-uri($versions(.)) || '.html'"/>
          <link rel="alternate" hreflang="{.}"
              href="{if ($site-base ne '') then pp:absolute-url('html/' || $href, $site-base) else $href}"/>
        </xsl:for-each>
      </xsl:if>
      <script type="application/ld+json">
        <xsl:value-of select="pp:json-for-script(map:merge((
            map{ '@context': 'https://schema.org', '@type': 'Legislation', 'name': $title, 'inLanguage': $lang },
            $number ! map{ 'legislationIdentifier': . },
            $date ! map{ 'legislationDate': . },
            pp:expression-uri($doc) ! map{ 'identifier': . },
            $url ! map{ 'url': . })))"
           />
      </script>
  </xsl:template>

  <!--
    What the document is about in a sentence or two: the first text of the main body (else of
    the preamble, else the title), cut at a word boundary.
  -->
  <xsl:function name="pp:description" as="xs:string">
    <xsl:param name="doc" as="element()"/>
    <xsl:variable name="first" select="($doc/(mainBody, body)//p[string-length(pp:plain(.)) ge 40])[1],
        ($doc/preamble//p[string-length(pp:plain(.)) ge 40])[1]"/>
    <xsl:variable name="text" select="(pp:plain($first[1])[.], pp:title($doc))[1]"/>
    <xsl:sequence select="if (string-length($text) le $pp:description-length) then $text
        else replace(substring($text, 1, $pp:description-length), '\s+\S*$', '') || '…'"/>
  </xsl:function>

  <!--
    JSON for a <script> element, whose content HTML never unescapes: "<", ">" and "&" become
    \u escapes (they can only occur inside JSON strings), so no text can close the element.
  -->
  <xsl:function name="pp:json-for-script" as="xs:string">
    <xsl:param name="value" as="item()"/>
    <xsl:sequence select="serialize($value, map{ 'method': 'json', 'indent': false() })
        => replace('&lt;', '\\u003c') => replace('&gt;', '\\u003e') => replace('&amp;', '\\u0026')"/>
  </xsl:function>

</xsl:stylesheet>
