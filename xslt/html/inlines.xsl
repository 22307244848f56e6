<?xml version="1.0" encoding="UTF-8"?>
<!--
  Inline markup inside p, heading and num: emphasis, references, dates and the semantic
  inlines of the cover page and preface (docNumber, docTitle, organization, ...).
  Links are only made for safe targets (http, https, mailto, in-document and AKN IRIs).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:pp="urn:polypress"
    xpath-default-namespace="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
    exclude-result-prefixes="#all">

  <xsl:template match="b | i | u | sup | sub">
    <xsl:element name="{local-name()}">
      <xsl:call-template name="pp:attributes"/>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="br | eol">
    <br/>
  </xsl:template>

  <xsl:template match="eop"/>

  <xsl:template match="docDate | date">
    <xsl:choose>
      <xsl:when test="@date castable as xs:date">
        <time class="{pp:class-name(local-name())}" datetime="{@date}">
          <xsl:call-template name="pp:attributes"/>
          <xsl:apply-templates/>
        </time>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="pp:span"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="abbr">
    <abbr>
      <xsl:call-template name="pp:attributes"/>
      <xsl:if test="normalize-space(@title)">
        <xsl:attribute name="title" select="@title"/>
      </xsl:if>
      <xsl:apply-templates/>
    </abbr>
  </xsl:template>

  <xsl:template match="docNumber | docType | docTitle | docAuthority | docProponent | docStatus | docStage
      | docCommittee | docJurisdiction | docPurpose | organization | location | person | role | term | concept
      | entity | event | object | process | quantity | def | shortTitle | legislature | session | signature
      | inline | span | mark | del | ins">
    <xsl:call-template name="pp:span"/>
  </xsl:template>

  <!-- A span named after the AKN element, so CSS and readers of the source can tell them apart. -->
  <xsl:template name="pp:span">
    <span class="{pp:class-name(local-name())}">
      <xsl:call-template name="pp:attributes"/>
      <xsl:apply-templates/>
    </span>
  </xsl:template>

  <!-- docNumber -> doc-number -->
  <xsl:function name="pp:class-name" as="xs:string">
    <xsl:param name="name" as="xs:string"/>
    <xsl:sequence select="lower-case(replace($name, '([a-z])([A-Z])', '$1-$2'))"/>
  </xsl:function>

  <xsl:template match="ref | mref | rref">
    <xsl:variable name="href" select="pp:safe-href(@href)"/>
    <xsl:choose>
      <xsl:when test="exists($href)">
        <a href="{$href}">
          <xsl:call-template name="pp:attributes"/>
          <xsl:apply-templates/>
        </a>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="pp:span"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!--
    The link target for an AKN href, or nothing when it is not safe to follow: "#eId" stays,
    AKN IRIs ("/akn/...") become absolute under $site-base (no link when none is configured: the
    IRI names no host), http(s) and mailto pass; any other
    scheme (javascript:, data:, ...) gives no link.
  -->
  <xsl:function name="pp:safe-href" as="xs:string?">
    <xsl:param name="href" as="attribute()?"/>
    <xsl:variable name="h" select="normalize-space($href)"/>
    <xsl:sequence select="
        if ($h eq '') then ()
        else if (starts-with($h, '#')) then $h
        else if (starts-with($h, '/')) then pp:absolute-url($h, $site-base)[$site-base ne '']
        else if (matches($h, '^(https?|mailto):', 'i')) then iri-to-uri($h)
        else ()"/>
  </xsl:function>

</xsl:stylesheet>
