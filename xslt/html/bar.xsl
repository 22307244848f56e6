<?xml version="1.0" encoding="UTF-8"?>
<!--
  The header bar of a document page (not of the fragment, which a CMS frames itself): the
  official reference and date, then links to the document's other editions beside it in the
  output folder (../pdf/NAME.pdf, ../xml/NAME.xml, ../report/NAME.html), to the catalogue
  (../index.html) and to its row in the catalogue page of its year (../catalogue/YEAR.html), which
  lists its language versions. All links are relative,
  so the output folder can be served from anywhere or opened from disk.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:pp="urn:polypress"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xpath-default-namespace="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
    exclude-result-prefixes="#all">

  <xsl:template name="pp:edition-bar" as="element()">
    <xsl:param name="doc" as="element()" required="yes"/>
    <xsl:variable name="number" select="pp:number($doc)"/>
    <xsl:variable name="date" select="pp:date($doc)"/>
    <xsl:variable name="file" select="encode-for-uri($name)"/>
    <header class="edition-bar">
      <xsl:if test="exists(($number, $date))">
        <p class="edition-reference">
          <xsl:if test="exists($number)">
            <span class="reference"><xsl:value-of select="$number"/></span>
          </xsl:if>
          <xsl:if test="exists($date)">
            <xsl:text> </xsl:text>
            <xsl:choose>
              <xsl:when test="$date castable as xs:date">
                <time datetime="{$date}"><xsl:value-of select="$date"/></time>
              </xsl:when>
              <xsl:otherwise>
                <span><xsl:value-of select="$date"/></span>
              </xsl:otherwise>
            </xsl:choose>
          </xsl:if>
        </p>
      </xsl:if>
      <nav class="edition-links" aria-label="{pp:label('editions')}">
        <ul>
          <xsl:if test="$name ne ''">
            <li><a href="../pdf/{$file}.pdf" type="application/pdf">PDF</a></li>
            <li><a href="../xml/{$file}.xml" type="application/xml">XML</a></li>
            <li><a href="../report/{$file}.html"><xsl:value-of select="pp:label('report')"/></a></li>
          </xsl:if>
          <li><a href="../index.html"><xsl:value-of select="pp:label('catalogue')"/></a></li>
          <xsl:if test="$parallel ne ''">
            <li><a href="{encode-for-uri($parallel)}.parallel.html"><xsl:value-of select="pp:label('sideBySide')"/></a></li>
          </xsl:if>
          <xsl:if test="exists(pp:work-key($doc)) and map:size($versions) lt 2">
            <li>
              <a href="../catalogue/{pp:catalogue-page($date)}.html#{pp:work-key($doc)}"><xsl:value-of select="pp:label('otherLanguages')"/></a>
            </li>
          </xsl:if>
        </ul>
      </nav>
      <xsl:call-template name="pp:language-switcher"/>
    </header>
  </xsl:template>

  <!--
    The work's other languages, each in its own name and language ("Français"), the page's own
    marked as current; only when the work has two or more language versions.
  -->
  <xsl:template name="pp:language-switcher">
    <xsl:if test="map:size($versions) ge 2">
      <nav class="language-switcher" aria-label="{pp:label('otherLanguages')}">
        <ul>
          <xsl:for-each select="sort(map:keys($versions))">
            <li>
              <xsl:choose>
                <xsl:when test=". eq $lang">
                  <a href="{encode-for-uri($versions(.))}.html" aria-current="page" lang="{.}" hreflang="{.}">
                    <xsl:value-of select="($language-names(.), .)[1]"/>
                  </a>
                </xsl:when>
                <xsl:otherwise>
                  <a href="{encode-for-uri($versions(.))}.html" lang="{.}" hreflang="{.}">
                    <xsl:value-of select="($language-names(.), .)[1]"/>
                  </a>
                </xsl:otherwise>
              </xsl:choose>
            </li>
          </xsl:for-each>
        </ul>
      </nav>
    </xsl:if>
  </xsl:template>

  <!-- The catalogue page that lists a work of this date: its year ("2024"), else "undated". -->
  <xsl:function name="pp:catalogue-page" as="xs:string">
    <xsl:param name="date" as="xs:string?"/>
    <xsl:sequence select="if (matches(string($date), '^\d{4}')) then substring($date, 1, 4) else 'undated'"/>
  </xsl:function>

  <!--
    The id of the work's row in the catalogue: "w-" and the work IRI with every character that is
    not a letter, digit or hyphen written as "_" (catalogue.xsl makes the same id from the same IRI).
  -->
  <xsl:function name="pp:work-key" as="xs:string?">
    <xsl:param name="doc" as="element()"/>
    <xsl:sequence select="normalize-space($doc/meta/identification/FRBRWork/FRBRthis/@value)[.]
        ! ('w-' || replace(., '[^A-Za-z0-9\-]', '_'))"/>
  </xsl:function>

</xsl:stylesheet>
