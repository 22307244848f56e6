<?xml version="1.0" encoding="UTF-8"?>
<!--
  The catalogue (output/index.html and output/catalogue/YEAR.html): one row per work, its
  language versions together, with type, official reference, date, short title (the long title
  on demand), languages, editions and state; failed inputs with their reason.

  Rows are rendered one work at a time (template pp:row) and kept by CatalogueUpdater, so a
  publication re-renders its own row only; a page (template pp:page) is the frame around them,
  with the comment "pp:rows" where the rows go. The page is complete without JavaScript:
  the script (js/catalogue.js, inlined) only adds filtering and sorting.

  Parameters of pp:row
    versions   one map per language version (made by CatalogueRenderer): name, group (work IRI),
               key (the row's id), title, lang, languageName, number, date, type, html, pdf,
               report (xs:boolean: that edition exists), archive (the latest version of its
               archival package, "v2", or empty: linked as "BagIt v2").
  Parameters of pp:page
    heading    the page's H1; years (maps: year, count, href, current); failed (maps: name, file,
               stage, reason); works (how many works the page lists, -1: it has no table);
               total (works in the whole catalogue); facets (maps: kind 'lang'|'type'|'year',
               value, label), for the filters.
  Global: lang, labels, root ("" on index.html, "../" on catalogue/YEAR.html).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:pp="urn:polypress"
    exclude-result-prefixes="#all">

  <xsl:include href="common/labels.xsl"/>
  <xsl:include href="html/title.xsl"/>

  <xsl:param name="lang" as="xs:string" select="'en'"/>
  <xsl:param name="root" as="xs:string" select="''"/>
  <xsl:param name="script" as="xs:string" select="unparsed-text(resolve-uri('js/catalogue.js', static-base-uri()))"/>

  <xsl:output method="html" html-version="5" encoding="UTF-8" indent="no" include-content-type="no"/>

  <!-- ============================================================================ a row -->

  <!-- Many rows in one call (reading a whole folder), each followed by the comment "pp:row-end". -->
  <xsl:template name="pp:rows">
    <xsl:param name="works" as="array(map(xs:string, item())*)*" required="yes"/>
    <xsl:for-each select="$works">
      <xsl:call-template name="pp:row">
        <xsl:with-param name="versions" select="?*"/>
      </xsl:call-template>
      <xsl:comment>pp:row-end</xsl:comment>
    </xsl:for-each>
  </xsl:template>

  <xsl:template name="pp:row">
    <xsl:param name="versions" as="map(xs:string, item())+" required="yes"/>
    <xsl:variable name="sorted" as="map(xs:string, item())+">
      <xsl:perform-sort select="$versions">
        <xsl:sort select="?lang"/>
      </xsl:perform-sort>
    </xsl:variable>
    <xsl:variable name="lead" select="($sorted[?lang eq $lang], $sorted)[1]"/>
    <xsl:variable name="number" select="($sorted?number[normalize-space()])[1]"/>
    <xsl:variable name="date" select="($sorted?date[normalize-space()])[1]"/>
    <xsl:variable name="short" select="pp:short-title-of($lead?title, $number)"/>
    <!-- The printed type, else the act's name before its number and its "(EU)" ("COMMISSION DELEGATED REGULATION"). -->
    <xsl:variable name="type" select="(($sorted?type[normalize-space()])[1],
        $short ! normalize-space(replace(substring-before(., $number), '\([^)]*\)\s*$', ''))[matches(., '\p{L}')])[1]"/>
    <tr id="{$lead?key}" data-date="{$date}" data-year="{pp:year($date)}" data-type="{$type}"
        data-langs="{string-join($sorted?lang, ' ')}"
        data-text="{lower-case(string-join(($number, $sorted?title, $sorted?name), ' '))}">
      <td data-label="{pp:label('catalogue.type')}" class="{pp:classes('type', $type)}">
        <xsl:value-of select="$type"/>
      </td>
      <td data-label="{pp:label('catalogue.reference')}" class="{pp:classes('reference', $number)}">
        <xsl:value-of select="$number"/>
      </td>
      <td data-label="{pp:label('date')}" class="{pp:classes('date', $date)}">
        <xsl:choose>
          <xsl:when test="$date castable as xs:date">
            <time datetime="{$date}"><xsl:value-of select="$date"/></time>
          </xsl:when>
          <xsl:otherwise>
            <xsl:value-of select="$date"/>
          </xsl:otherwise>
        </xsl:choose>
      </td>
      <th scope="row" class="title">
        <xsl:if test="$lead?lang ne $lang">
          <xsl:attribute name="lang" select="$lead?lang"/>
        </xsl:if>
        <xsl:choose>
          <xsl:when test="exists($short)">
            <details>
              <summary><xsl:value-of select="$short"/></summary>
              <p><xsl:value-of select="$lead?title"/></p>
            </details>
          </xsl:when>
          <xsl:otherwise>
            <xsl:value-of select="$lead?title"/>
          </xsl:otherwise>
        </xsl:choose>
      </th>
      <td data-label="{pp:label('catalogue.languages')}" class="languages">
        <xsl:for-each select="$sorted">
          <abbr lang="{?lang}" title="{?languageName}"><xsl:value-of select="upper-case(?lang)"/></abbr>
          <xsl:if test="position() ne last()"><xsl:text> </xsl:text></xsl:if>
        </xsl:for-each>
      </td>
      <td data-label="{pp:label('editions')}">
        <ul class="editions">
          <xsl:for-each select="$sorted">
            <xsl:variable name="file" select="encode-for-uri(?name)"/>
            <li>
              <span class="language" lang="{?lang}"><xsl:value-of select="?languageName"/></span>
              <xsl:if test="?html">
                <xsl:text> </xsl:text>
                <a href="{$root}html/{$file}.html" hreflang="{?lang}" type="text/html">HTML</a>
              </xsl:if>
              <xsl:if test="?pdf">
                <xsl:text> </xsl:text>
                <a href="{$root}pdf/{$file}.pdf" hreflang="{?lang}" type="application/pdf">PDF</a>
              </xsl:if>
              <xsl:text> </xsl:text>
              <a href="{$root}xml/{$file}.xml" hreflang="{?lang}" type="application/xml">XML</a>
              <xsl:if test="?report">
                <xsl:text> </xsl:text>
                <a href="{$root}report/{$file}.html" class="report-link"><xsl:value-of select="pp:label('report')"/></a>
              </xsl:if>
              <xsl:if test="?archive">
                <xsl:text> </xsl:text>
                <a href="{$root}archive/{$file}/{?archive}/" class="archive">BagIt <xsl:value-of select="?archive"/></a>
              </xsl:if>
            </li>
          </xsl:for-each>
        </ul>
      </td>
      <td data-label="{pp:label('catalogue.state')}" class="state">
        <xsl:value-of select="pp:label('catalogue.published')"/>
        <!-- Versions the latest publication replaced (archive/NAME/vN/ before the last): kept in their bags. -->
        <xsl:variable name="replaced" select="$sorted[normalize-space(?superseded)]"/>
        <xsl:if test="exists($replaced)">
          <span class="superseded">
            <xsl:text> · </xsl:text>
            <xsl:value-of select="pp:label('catalogue.superseded')"/>
            <xsl:text>: </xsl:text>
            <xsl:for-each select="$replaced">
              <xsl:variable name="file" select="encode-for-uri(?name)"/>
              <xsl:variable name="one" select="."/>
              <xsl:for-each select="tokenize(?superseded)">
                <a href="{$root}archive/{$file}/{.}/" hreflang="{$one?lang}" class="archive"><xsl:value-of
                    select="(upper-case($one?lang) || ' ')[count($sorted) gt 1] || ."/></a>
                <xsl:if test="position() ne last()"><xsl:text> </xsl:text></xsl:if>
              </xsl:for-each>
              <xsl:if test="position() ne last()"><xsl:text>, </xsl:text></xsl:if>
            </xsl:for-each>
          </span>
        </xsl:if>
      </td>
    </tr>
  </xsl:template>

  <!-- A cell's class, and "empty" when it has no value (the phone layout hides it). -->
  <xsl:function name="pp:classes" as="xs:string">
    <xsl:param name="class" as="xs:string"/>
    <xsl:param name="value" as="xs:string?"/>
    <xsl:sequence select="string-join(($class, 'empty'[not(normalize-space($value))]), ' ')"/>
  </xsl:function>

  <!-- The year of an ISO date ("2024-03-13" → "2024"), else "". -->
  <xsl:function name="pp:year" as="xs:string">
    <xsl:param name="date" as="xs:string?"/>
    <xsl:sequence select="if (matches(string($date), '^\d{4}')) then substring($date, 1, 4) else ''"/>
  </xsl:function>

  <!-- =========================================================================== a page -->

  <xsl:template name="pp:page">
    <xsl:param name="heading" as="xs:string" required="yes"/>
    <xsl:param name="years" as="map(xs:string, item())*" select="()"/>
    <xsl:param name="failed" as="map(xs:string, item())*" select="()"/>
    <xsl:param name="works" as="xs:integer" required="yes"/>
    <xsl:param name="total" as="xs:integer" required="yes"/>
    <xsl:param name="facets" as="map(xs:string, item())*" select="()"/>
    <html lang="{$lang}">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title><xsl:value-of select="$heading"/></title>
        <meta name="generator" content="Polypress"/>
        <link rel="stylesheet" href="{$root}html/polypress.css"/>
        <link rel="alternate" type="application/atom+xml" href="{$root}feed.atom" title="{pp:label('catalogue')}"/>
      </head>
      <body>
        <main class="catalogue">
          <h1 id="pp-catalogue"><xsl:value-of select="$heading"/></h1>
          <p class="catalogue-count">
            <xsl:value-of select="pp:label('catalogue.count', map{'count': $total})"/>
            <xsl:if test="$root ne ''">
              <xsl:text> </xsl:text>
              <a href="{$root}index.html"><xsl:value-of select="pp:label('catalogue')"/></a>
            </xsl:if>
          </p>
          <xsl:if test="count($years) gt 1 or ($works lt 0 and exists($years))">
            <nav class="years" aria-label="{pp:label('catalogue.byYear')}">
              <ul>
                <xsl:for-each select="$years">
                  <li>
                    <xsl:choose>
                      <xsl:when test="?current">
                        <a href="{?href}" aria-current="page"><xsl:value-of select="?label"/></a>
                      </xsl:when>
                      <xsl:otherwise>
                        <a href="{?href}"><xsl:value-of select="?label"/></a>
                      </xsl:otherwise>
                    </xsl:choose>
                    <xsl:text> </xsl:text>
                    <span class="year-count">(<xsl:value-of select="?count"/>)</span>
                  </li>
                </xsl:for-each>
              </ul>
            </nav>
          </xsl:if>
          <xsl:if test="$works gt 0">
            <xsl:call-template name="pp:filters">
              <xsl:with-param name="facets" select="$facets"/>
            </xsl:call-template>
            <div class="table-scroll">
              <table id="pp-works" aria-labelledby="pp-catalogue">
                <thead>
                  <tr>
                    <th scope="col" data-sort="type"><xsl:value-of select="pp:label('catalogue.type')"/></th>
                    <th scope="col" data-sort="reference"><xsl:value-of select="pp:label('catalogue.reference')"/></th>
                    <th scope="col" data-sort="date" aria-sort="descending"><xsl:value-of select="pp:label('date')"/></th>
                    <th scope="col" data-sort="title"><xsl:value-of select="pp:label('title')"/></th>
                    <th scope="col"><xsl:value-of select="pp:label('catalogue.languages')"/></th>
                    <th scope="col"><xsl:value-of select="pp:label('editions')"/></th>
                    <th scope="col"><xsl:value-of select="pp:label('catalogue.state')"/></th>
                  </tr>
                </thead>
                <tbody>
                  <xsl:comment>pp:rows</xsl:comment>
                </tbody>
              </table>
            </div>
          </xsl:if>
          <xsl:if test="exists($failed)">
            <section aria-labelledby="pp-failed" class="failed">
              <h2 id="pp-failed">
                <xsl:value-of select="pp:label('catalogue.failed')"/> (<xsl:value-of select="count($failed)"/>)
              </h2>
              <div class="table-scroll">
                <table aria-labelledby="pp-failed">
                  <thead>
                    <tr>
                      <th scope="col"><xsl:value-of select="pp:label('catalogue.input')"/></th>
                      <th scope="col"><xsl:value-of select="pp:label('catalogue.stage')"/></th>
                      <th scope="col"><xsl:value-of select="pp:label('catalogue.reason')"/></th>
                    </tr>
                  </thead>
                  <tbody>
                    <xsl:for-each select="$failed">
                      <tr>
                        <th scope="row">
                          <a href="{$root}failed/{encode-for-uri(?name)}.json" type="application/json">
                            <xsl:value-of select="?file"/>
                          </a>
                        </th>
                        <td data-label="{pp:label('catalogue.stage')}"><xsl:value-of select="?stage"/></td>
                        <td data-label="{pp:label('catalogue.reason')}"><xsl:value-of select="?reason"/></td>
                      </tr>
                    </xsl:for-each>
                  </tbody>
                </table>
              </div>
            </section>
          </xsl:if>
        </main>
        <xsl:if test="$works gt 0">
          <script>
            <xsl:value-of select="$script"/>
          </script>
        </xsl:if>
      </body>
    </html>
  </xsl:template>

  <!--
    The filters: hidden until the script shows them, as they do nothing without it. The labels
    the script prints ride on data- attributes, so that they come from the profile too.
  -->
  <xsl:template name="pp:filters">
    <xsl:param name="facets" as="map(xs:string, item())*" required="yes"/>
    <form class="filters" id="pp-filters" role="search" hidden=""
        data-shown="{pp:label('catalogue.shown')}" data-sort-label="{pp:label('catalogue.sortBy')}">
      <div class="filter filter-text">
        <label for="pp-q"><xsl:value-of select="pp:label('catalogue.search')"/></label>
        <input type="search" id="pp-q" name="q" autocomplete="off"/>
      </div>
      <xsl:for-each select="('type', 'lang', 'year')">
        <xsl:variable name="kind" select="."/>
        <xsl:variable name="options" select="$facets[?kind eq $kind]"/>
        <!-- The types' choices are those of the rows, which the script gathers. -->
        <xsl:if test="exists($options) or $kind eq 'type'">
          <div class="filter">
            <label for="pp-{$kind}"><xsl:value-of select="pp:label('catalogue.filter.' || $kind)"/></label>
            <select id="pp-{$kind}" name="{$kind}">
              <option value=""><xsl:value-of select="pp:label('catalogue.all')"/></option>
              <xsl:for-each select="$options">
                <option value="{?value}"><xsl:value-of select="?label"/></option>
              </xsl:for-each>
            </select>
          </div>
        </xsl:if>
      </xsl:for-each>
      <p class="filter-count" id="pp-count" aria-live="polite"></p>
    </form>
  </xsl:template>

</xsl:stylesheet>
