<?xml version="1.0" encoding="UTF-8"?>
<!--
  ELI metadata of a legislative act (akn:act) as RDFa 1.1 Lite in the edition's <article>, after the
  European Legislation Identifier's ontology (http://data.europa.eu/eli/ontology#), so that a
  harvester reads the act's identity from the page: the work an eli:LegalResource (its ELI when the
  journal prints one, else its Akoma Ntoso work IRI) with eli:number and eli:date_document, realised
  by the page's language version, an eli:LegalExpression with its eli:title and eli:language. Only
  RDFa Lite attributes (prefix, typeof, resource, property), the values as element text (a <time>
  for the date, which RDFa types xsd:date; a link for the language), so that the CMS fragment, which
  has no <meta>, carries them too; the block is hidden, its facts are shown in the header.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:pp="urn:polypress"
    xpath-default-namespace="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
    exclude-result-prefixes="#all">

  <!-- ISO 639-2/B codes of EU languages whose terminology (T) code, which the EU's language table and ELI use, differs. -->
  <xsl:variable name="pp:iso639-2t" as="map(xs:string, xs:string)"
      select="map{ 'gre': 'ell', 'rum': 'ron', 'ger': 'deu', 'fre': 'fra', 'dut': 'nld', 'cze': 'ces', 'slo': 'slk' }"/>

  <xsl:template name="pp:eli-rdfa">
    <xsl:param name="doc" as="element()" required="yes"/>
    <xsl:if test="$doc/self::act">
      <xsl:variable name="work" select="$doc/meta/identification/FRBRWork"/>
      <xsl:variable name="eli" select="normalize-space($work/FRBRalias[@name = 'eli']/@value)[.]"/>
      <xsl:variable name="b" select="string($doc/meta/identification/FRBRExpression/FRBRlanguage/@language)"/>
      <xsl:variable name="t" select="($pp:iso639-2t($b), $b)[1]"/>
      <xsl:variable name="work-iri" select="($eli, pp:iri(string($work/FRBRuri/@value)))[1]"/>
      <xsl:variable name="expression-iri" select="pp:expression-iri($doc)"/>
      <div hidden="" class="eli" prefix="eli: http://data.europa.eu/eli/ontology#" typeof="eli:LegalResource"
          resource="{$work-iri}">
        <xsl:for-each select="pp:number($doc)">
          <span property="eli:number"><xsl:value-of select="."/></span>
        </xsl:for-each>
        <xsl:for-each select="pp:date($doc)">
          <time property="eli:date_document" datetime="{.}"><xsl:value-of select="."/></time>
        </xsl:for-each>
        <div property="eli:is_realized_by" typeof="eli:LegalExpression" resource="{$expression-iri}">
          <span property="eli:title"><xsl:value-of select="pp:title($doc)"/></span>
          <a property="eli:language" href="http://publications.europa.eu/resource/authority/language/{upper-case($t)}"><xsl:value-of select="$t"/></a>
        </div>
      </div>
    </xsl:if>
  </xsl:template>

  <!--
    The IRI of the act's language version: its ELI expression (the ELI and the ISO 639-2/T code, as
    the Publications Office names it: ".../reg_del/2024/1772/oj/eng") when the journal prints an ELI,
    else its Akoma Ntoso expression IRI, under the site base when there is one.
  -->
  <xsl:function name="pp:expression-iri" as="xs:string">
    <xsl:param name="doc" as="element()"/>
    <xsl:variable name="eli" select="normalize-space($doc/meta/identification/FRBRWork/FRBRalias[@name = 'eli']/@value)[.]"/>
    <xsl:variable name="b" select="string($doc/meta/identification/FRBRExpression/FRBRlanguage/@language)"/>
    <xsl:sequence select="if (exists($eli)) then $eli || '/' || ($pp:iso639-2t($b), $b)[1]
        else pp:iri(string($doc/meta/identification/FRBRExpression/FRBRuri/@value))"/>
  </xsl:function>

  <!--
    An act's canonical address: its expression IRI where that is an address (an ELI, which the
    Publications Office resolves; an Akoma Ntoso IRI under the site base, where the site serves its
    references); else empty, and the page's own address stands.
  -->
  <xsl:function name="pp:act-canonical" as="xs:string?">
    <xsl:param name="doc" as="element()"/>
    <xsl:variable name="iri" select="pp:expression-iri($doc)[$doc/self::act]"/>
    <xsl:sequence select="$iri[matches(., '^https?://')]"/>
  </xsl:function>

  <!-- An Akoma Ntoso IRI ("/akn/eu/act/...") under the site base when there is one, else as it is. -->
  <xsl:function name="pp:iri" as="xs:string">
    <xsl:param name="iri" as="xs:string"/>
    <xsl:sequence select="if ($site-base ne '') then pp:absolute-url($iri, $site-base) else $iri"/>
  </xsl:function>

</xsl:stylesheet>
