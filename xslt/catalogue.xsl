<?xml version="1.0" encoding="UTF-8"?>
<!--
  The catalogue page (output/index.html): one row per work, its language versions side by side
  with links to their HTML, PDF and XML editions. Newest first.

  Parameters
    lang       BCP-47 language of the page.
    labels     map of the words the page prints (see common/labels.xsl).
    documents  one map per published XML file, made by CatalogueRenderer: name, group (the
               work IRI, shared by language versions), title, lang, languageName, number, date,
               html and pdf (xs:boolean: that edition exists), archive (the latest version of its
               archival package, "v2", or empty: linked as "BagIt v2").
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:pp="urn:polypress"
    exclude-result-prefixes="#all">

  <xsl:include href="common/labels.xsl"/>

  <xsl:param name="lang" as="xs:string" select="'en'"/>
  <xsl:param name="documents" as="map(xs:string, item())*" select="()"/>
  <xsl:param name="css-href" as="xs:string" select="'html/polypress.css'"/>

  <xsl:output method="html" html-version="5" encoding="UTF-8" indent="yes" include-content-type="no"/>

  <xsl:template name="xsl:initial-template">
    <html lang="{$lang}">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title>
          <xsl:value-of select="pp:label('catalogue')"/>
        </title>
        <meta name="generator" content="Polypress"/>
        <link rel="stylesheet" href="{$css-href}"/>
      </head>
      <body>
        <main class="catalogue">
          <h1 id="pp-catalogue">
            <xsl:value-of select="pp:label('catalogue')"/>
          </h1>
          <xsl:if test="exists($documents)">
            <table aria-labelledby="pp-catalogue">
              <thead>
                <tr>
                  <th scope="col"><xsl:value-of select="pp:label('title')"/></th>
                  <th scope="col"><xsl:value-of select="pp:label('documentNumber')"/></th>
                  <th scope="col"><xsl:value-of select="pp:label('date')"/></th>
                  <th scope="col"><xsl:value-of select="pp:label('editions')"/></th>
                </tr>
              </thead>
              <tbody>
                <xsl:for-each-group select="$documents" group-by="?group">
                  <xsl:sort select="max(current-group()?date[. castable as xs:date] ! xs:date(.))" order="descending"/>
                  <xsl:sort select="lower-case((current-group()?title)[1])"/>
                  <xsl:call-template name="pp:row">
                    <xsl:with-param name="versions" select="current-group()"/>
                  </xsl:call-template>
                </xsl:for-each-group>
              </tbody>
            </table>
          </xsl:if>
        </main>
      </body>
    </html>
  </xsl:template>

  <!-- One work: the title in the page's language where there is one, then each language version. -->
  <xsl:template name="pp:row">
    <xsl:param name="versions" as="map(xs:string, item())+" required="yes"/>
    <xsl:variable name="lead" select="($versions[?lang eq $lang], $versions)[1]"/>
    <xsl:variable name="number" select="($versions?number[normalize-space()])[1]"/>
    <xsl:variable name="date" select="($versions?date[normalize-space()])[1]"/>
    <tr>
      <th scope="row">
        <xsl:if test="$lead?lang ne $lang">
          <xsl:attribute name="lang" select="$lead?lang"/>
        </xsl:if>
        <xsl:value-of select="$lead?title"/>
      </th>
      <td data-label="{pp:label('documentNumber')}">
        <xsl:if test="empty($number)">
          <xsl:attribute name="class" select="'empty'"/>
        </xsl:if>
        <xsl:value-of select="$number"/>
      </td>
      <td data-label="{pp:label('date')}">
        <xsl:if test="empty($date)">
          <xsl:attribute name="class" select="'empty'"/>
        </xsl:if>
        <xsl:choose>
          <xsl:when test="$date castable as xs:date">
            <time datetime="{$date}"><xsl:value-of select="$date"/></time>
          </xsl:when>
          <xsl:otherwise>
            <xsl:value-of select="$date"/>
          </xsl:otherwise>
        </xsl:choose>
      </td>
      <td>
        <ul class="editions" aria-label="{pp:label('editions')}">
          <xsl:for-each select="$versions">
            <xsl:sort select="?lang"/>
            <xsl:variable name="file" select="encode-for-uri(?name)"/>
            <li>
              <span class="language" lang="{?lang}">
                <xsl:value-of select="?languageName"/>
              </span>
              <xsl:if test="?html">
                <xsl:text> </xsl:text>
                <a href="html/{$file}.html" hreflang="{?lang}" type="text/html">HTML</a>
              </xsl:if>
              <xsl:if test="?pdf">
                <xsl:text> </xsl:text>
                <a href="pdf/{$file}.pdf" hreflang="{?lang}" type="application/pdf">PDF</a>
              </xsl:if>
              <xsl:text> </xsl:text>
              <a href="xml/{$file}.xml" hreflang="{?lang}" type="application/xml">XML</a>
              <xsl:if test="?archive">
                <xsl:text> </xsl:text>
                <a href="archive/{$file}/{?archive}/" class="archive">BagIt <xsl:value-of select="?archive"/></a>
              </xsl:if>
            </li>
          </xsl:for-each>
        </ul>
      </td>
    </tr>
  </xsl:template>

</xsl:stylesheet>
