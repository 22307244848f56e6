<?xml version="1.0" encoding="UTF-8"?>
<!--
  The report as a page (output/report/NAME.html, beside NAME.json): what the pipeline found and
  repaired in one document, for the person who checks the edition. Counts at a glance; then the
  spots the pipeline was unsure of, first, each linked to the same spot in the HTML edition; then
  every repair in context: furniture lines removed (with their page), line-end hyphens joined or
  kept and why, notes with the sentence of their marker.

  Source: the document's Akoma Ntoso (to find the spots and the sentences).
  Parameters
    report   the report JSON (report/NAME.json) as text.
    name     the publication's NAME: links go to ../html/NAME.html, ../pdf/NAME.pdf, ...
    lang     BCP-47 language of the page (the catalogue's); labels as in common/labels.xsl.
    css-href where the page links its stylesheet.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:array="http://www.w3.org/2005/xpath-functions/array"
    xmlns:pp="urn:polypress"
    xpath-default-namespace="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
    exclude-result-prefixes="#all">

  <xsl:include href="common/labels.xsl"/>
  <xsl:include href="html/facts.xsl"/>

  <xsl:param name="report" as="xs:string" required="yes"/>
  <xsl:param name="name" as="xs:string" required="yes"/>
  <xsl:param name="lang" as="xs:string" select="'en'"/>
  <xsl:param name="css-href" as="xs:string" select="'../html/polypress.css'"/>

  <xsl:output method="html" html-version="5" encoding="UTF-8" indent="no" include-content-type="no"/>

  <xsl:variable name="r" as="map(*)" select="parse-json($report)"/>
  <!-- The Akoma Ntoso document (the global context item), for look-ups from inside the report's maps. -->
  <xsl:variable name="pp:root" as="document-node()" select="/"/>
  <xsl:variable name="file" as="xs:string" select="encode-for-uri($name)"/>
  <xsl:variable name="edition" as="xs:string" select="'../html/' || $file || '.html'"/>

  <xsl:variable name="decisions" as="map(*)*" select="pp:array($r?hyphenation?decisions)"/>
  <xsl:variable name="notes" as="map(*)*" select="pp:array($r?footnotes?notes)"/>
  <xsl:variable name="furniture" as="map(*)*" select="pp:array($r?furniture?lines)"/>
  <xsl:variable name="warnings" as="xs:string*" select="pp:array($r?warnings)"/>
  <xsl:variable name="unclassified" as="xs:string*" select="pp:array($r?unclassified)"/>

  <!-- The words of the undecided hyphens, as the edition has them: the spots to find in the text. -->
  <xsl:variable name="undecided" as="map(*)*" select="$decisions[?why eq 'default']"/>
  <xsl:variable name="sought" as="map(xs:string, xs:boolean)"
      select="map:merge($undecided ! map{ lower-case(?result): true() })"/>

  <!--
    Paragraphs and headings by the sought words they contain: one pass over the text, a hash
    look-up per word, so the report stays linear in the length of the document. Only a text that
    contains a sought word at all is cut into words (the regular expression costs more than the
    few substring tests: a document has no or a handful of undecided hyphens).
  -->
  <xsl:key name="pp:word" match="p | heading | num" use="if (map:size($sought) eq 0) then ()
      else (let $text := lower-case(string(.))
            return if (some $word in map:keys($sought) satisfies contains($text, $word))
                   then tokenize($text, '[^\p{L}\p{M}\p{N}\-]+')[map:contains($sought, .)] else ())"/>
  <xsl:key name="pp:eid" match="*[@eId]" use="@eId"/>

  <xsl:template match="/">
    <xsl:variable name="doc" as="element()" select="pp:document(.)"/>
    <xsl:variable name="title" select="(pp:short-title($doc), pp:title($doc))[1]"/>
    <xsl:variable name="unsure" as="element(Q{}li)*">
      <xsl:call-template name="pp:unsure"/>
    </xsl:variable>
    <html lang="{$lang}">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title><xsl:value-of select="pp:label('report') || ': ' || $title"/></title>
        <meta name="generator" content="Polypress"/>
        <meta name="robots" content="noindex"/>
        <link rel="stylesheet" href="{$css-href}"/>
      </head>
      <body>
        <header class="edition-bar">
          <p class="edition-reference">
            <span class="reference"><xsl:value-of select="$r?input"/></span>
          </p>
          <nav class="edition-links" aria-label="{pp:label('editions')}">
            <ul>
              <li><a href="{$edition}" type="text/html">HTML</a></li>
              <li><a href="../pdf/{$file}.pdf" type="application/pdf">PDF</a></li>
              <li><a href="../xml/{$file}.xml" type="application/xml">XML</a></li>
              <li><a href="{$file}.json" type="application/json">JSON</a></li>
              <li><a href="../index.html"><xsl:value-of select="pp:label('catalogue')"/></a></li>
            </ul>
          </nav>
        </header>
        <main class="report">
          <h1>
            <span class="report-kind"><xsl:value-of select="pp:label('report')"/></span>
            <xsl:text> </xsl:text>
            <xsl:value-of select="$title"/>
          </h1>
          <xsl:call-template name="pp:glance">
            <xsl:with-param name="unsure" select="count($unsure)"/>
          </xsl:call-template>
          <section aria-labelledby="pp-unsure" class="unsure">
            <h2 id="pp-unsure"><xsl:value-of select="pp:label('report.unsure')"/> (<xsl:value-of select="count($unsure)"/>)</h2>
            <xsl:choose>
              <xsl:when test="exists($unsure)">
                <ol class="spots"><xsl:sequence select="$unsure"/></ol>
              </xsl:when>
              <xsl:otherwise>
                <p><xsl:value-of select="pp:label('report.nothingUnsure')"/></p>
              </xsl:otherwise>
            </xsl:choose>
          </section>
          <xsl:call-template name="pp:furniture"/>
          <xsl:call-template name="pp:hyphens"/>
          <xsl:call-template name="pp:notes"/>
        </main>
      </body>
    </html>
  </xsl:template>

  <!-- The counts, as a list of terms and figures. -->
  <xsl:template name="pp:glance">
    <xsl:param name="unsure" as="xs:integer" required="yes"/>
    <dl class="counts">
      <xsl:for-each select="
          ['report.unsure', $unsure, '#pp-unsure'],
          ['report.pages', $r?pages?count, ()],
          ['report.furniture', $r?furniture?linesRemoved, '#pp-furniture'],
          ['report.hyphensJoined', $r?hyphenation?joined, '#pp-hyphens'],
          ['report.hyphensKept', $r?hyphenation?kept, '#pp-hyphens'],
          ['report.notes', $r?footnotes?found, '#pp-notes'],
          ['report.notesUnlinked', $r?footnotes?unlinked, '#pp-unsure'],
          ['report.blocks', $r?layout?blocks, ()],
          ['report.warnings', count($warnings), '#pp-unsure']">
        <div>
          <xsl:if test="?1 eq 'report.unsure' and ?2 gt 0">
            <xsl:attribute name="class" select="'attention'"/>
          </xsl:if>
          <dt><xsl:value-of select="pp:label(?1)"/></dt>
          <dd>
            <xsl:choose>
              <xsl:when test="exists(?3) and ?2 gt 0">
                <a href="{?3}"><xsl:value-of select="?2"/></a>
              </xsl:when>
              <xsl:otherwise>
                <xsl:value-of select="?2"/>
              </xsl:otherwise>
            </xsl:choose>
          </dd>
        </div>
      </xsl:for-each>
    </dl>
    <p class="report-facts">
      <xsl:value-of select="string-join((
          pp:label('language') || ': ' || $r?language?code,
          $r?mediaType,
          $r?pages?boundaries ! (pp:label('report.pageEvidence') || ': ' || .),
          $r?millis?total ! (. || ' ms')), ' · ')"/>
    </p>
  </xsl:template>

  <!--
    The spots to check, most doubtful first: warnings about the whole document, notes whose
    marker was not found (kept at the end of their page's text), notes whose text is not in the
    source, hyphens joined for want of evidence, units the structure stage could not place.
  -->
  <xsl:template name="pp:unsure" as="element(Q{}li)*">
    <xsl:for-each select="$warnings">
      <li class="spot">
        <span class="spot-kind"><xsl:value-of select="pp:label('report.warning')"/></span>
        <xsl:text> </xsl:text>
        <span class="spot-what"><xsl:value-of select="."/></span>
      </li>
    </xsl:for-each>
    <xsl:for-each select="$notes[not(?linked)]">
      <xsl:call-template name="pp:note-spot">
        <xsl:with-param name="note" select="."/>
        <xsl:with-param name="kind" select="pp:label('report.noteUnlinked')"/>
      </xsl:call-template>
    </xsl:for-each>
    <xsl:for-each select="$notes[?linked][not(?inSource)]">
      <xsl:call-template name="pp:note-spot">
        <xsl:with-param name="note" select="."/>
        <xsl:with-param name="kind" select="pp:label('report.noteNotInSource')"/>
      </xsl:call-template>
    </xsl:for-each>
    <xsl:for-each select="$undecided">
      <xsl:variable name="spot" select="(key('pp:word', lower-case(?result), $pp:root))[1]"/>
      <li class="spot">
        <span class="spot-kind"><xsl:value-of select="pp:label('report.hyphenUndecided')"/></span>
        <xsl:text> </xsl:text>
        <span class="spot-what"><xsl:value-of select="?printed || '↵' || ?next || ' → ' || ?result"/></span>
        <xsl:call-template name="pp:context">
          <xsl:with-param name="element" select="$spot"/>
          <xsl:with-param name="word" select="?result"/>
        </xsl:call-template>
      </li>
    </xsl:for-each>
    <xsl:for-each select="$unclassified">
      <xsl:variable name="text" select="."/>
      <xsl:variable name="spot" select="($pp:root//p[contains(pp:plain(.), $text)])[1]"/>
      <li class="spot">
        <span class="spot-kind"><xsl:value-of select="pp:label('report.unclassified')"/></span>
        <xsl:text> </xsl:text>
        <span class="spot-what"><xsl:value-of select="."/></span>
        <xsl:call-template name="pp:context">
          <xsl:with-param name="element" select="$spot"/>
          <xsl:with-param name="word" select="$text"/>
        </xsl:call-template>
      </li>
    </xsl:for-each>
  </xsl:template>

  <xsl:template name="pp:note-spot" as="element(Q{}li)">
    <xsl:param name="note" as="map(*)" required="yes"/>
    <xsl:param name="kind" as="xs:string" required="yes"/>
    <xsl:variable name="akn" select="key('pp:eid', 'authorialNote_' || $note?id, $pp:root)[1]"/>
    <li class="spot">
      <span class="spot-kind"><xsl:value-of select="$kind"/></span>
      <xsl:text> </xsl:text>
      <span class="spot-what">
        <xsl:value-of select="$note?marker || ' (' || pp:label('page') || ' ' || $note?page || ')'"/>
      </span>
      <xsl:if test="exists($akn)">
        <xsl:text> </xsl:text>
        <xsl:call-template name="pp:note-quote">
          <xsl:with-param name="note" select="$akn"/>
        </xsl:call-template>
        <xsl:text> </xsl:text>
        <a class="spot-link" href="{$edition}#fnref-{$akn/@eId}"><xsl:value-of select="pp:label('report.see')"/></a>
      </xsl:if>
    </li>
  </xsl:template>

  <!-- A stretch of the element's text around $word, and a link to it in the HTML edition. -->
  <xsl:template name="pp:context">
    <xsl:param name="element" as="element()?" required="yes"/>
    <xsl:param name="word" as="xs:string" required="yes"/>
    <xsl:if test="exists($element)">
      <xsl:variable name="text" select="pp:plain($element)"/>
      <xsl:variable name="at" select="string-length(substring-before(lower-case($text), lower-case($word)))"/>
      <xsl:text> </xsl:text>
      <xsl:variable name="len" select="string-length($word)"/>
      <xsl:call-template name="pp:quote">
        <xsl:with-param name="before" select="substring($text, 1, $at)"/>
        <xsl:with-param name="spot" select="substring($text, $at + 1, $len)"/>
        <xsl:with-param name="after" select="substring($text, $at + $len + 1)"/>
      </xsl:call-template>
      <xsl:text> </xsl:text>
      <a class="spot-link" href="{$edition}#{pp:anchor($element)}"><xsl:value-of select="pp:label('report.see')"/></a>
    </xsl:if>
  </xsl:template>

  <xsl:template name="pp:furniture">
    <section aria-labelledby="pp-furniture">
      <h2 id="pp-furniture"><xsl:value-of select="pp:label('report.furniture')"/> (<xsl:value-of select="$r?furniture?linesRemoved"/>)</h2>
      <xsl:if test="exists($furniture)">
        <div class="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col"><xsl:value-of select="pp:label('page')"/></th>
                <th scope="col"><xsl:value-of select="pp:label('report.line')"/></th>
              </tr>
            </thead>
            <tbody>
              <xsl:for-each select="$furniture">
                <tr>
                  <td class="number"><xsl:value-of select="?page"/></td>
                  <td><code><xsl:value-of select="?text"/></code></td>
                </tr>
              </xsl:for-each>
            </tbody>
          </table>
        </div>
        <xsl:call-template name="pp:left-out">
          <xsl:with-param name="listed" select="count($furniture)"/>
          <xsl:with-param name="total" select="$r?furniture?linesRemoved"/>
        </xsl:call-template>
      </xsl:if>
    </section>
  </xsl:template>

  <xsl:template name="pp:hyphens">
    <section aria-labelledby="pp-hyphens">
      <h2 id="pp-hyphens"><xsl:value-of select="pp:label('report.hyphens')"/> (<xsl:value-of select="count($decisions)"/>)</h2>
      <xsl:if test="exists($decisions)">
        <div class="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col"><xsl:value-of select="pp:label('report.printed')"/></th>
                <th scope="col"><xsl:value-of select="pp:label('report.edition')"/></th>
                <th scope="col"><xsl:value-of select="pp:label('report.why')"/></th>
              </tr>
            </thead>
            <tbody>
              <xsl:for-each select="$decisions">
                <tr>
                  <xsl:if test="?why eq 'default'">
                    <xsl:attribute name="class" select="'attention'"/>
                  </xsl:if>
                  <td><code><xsl:value-of select="?printed || '↵' || ?next"/></code></td>
                  <td><xsl:value-of select="?result"/></td>
                  <td><xsl:value-of select="pp:label('report.why.' || ?why)"/></td>
                </tr>
              </xsl:for-each>
            </tbody>
          </table>
        </div>
        <xsl:call-template name="pp:left-out">
          <xsl:with-param name="listed" select="count($decisions)"/>
          <xsl:with-param name="total" select="$r?hyphenation?joined + $r?hyphenation?kept"/>
        </xsl:call-template>
      </xsl:if>
    </section>
  </xsl:template>

  <xsl:template name="pp:notes">
    <section aria-labelledby="pp-notes">
      <h2 id="pp-notes"><xsl:value-of select="pp:label('notes')"/> (<xsl:value-of select="$r?footnotes?found"/>)</h2>
      <xsl:if test="exists($notes)">
        <div class="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col"><xsl:value-of select="pp:label('report.marker')"/></th>
                <th scope="col"><xsl:value-of select="pp:label('page')"/></th>
                <th scope="col"><xsl:value-of select="pp:label('report.sentence')"/></th>
              </tr>
            </thead>
            <tbody>
              <xsl:for-each select="$notes">
                <xsl:variable name="akn" select="key('pp:eid', 'authorialNote_' || ?id, $pp:root)[1]"/>
                <tr>
                  <xsl:if test="not(?linked) or not(?inSource)">
                    <xsl:attribute name="class" select="'attention'"/>
                  </xsl:if>
                  <td class="number">
                    <xsl:choose>
                      <xsl:when test="exists($akn)">
                        <a href="{$edition}#fnref-{$akn/@eId}"><xsl:value-of select="?marker"/></a>
                      </xsl:when>
                      <xsl:otherwise><xsl:value-of select="?marker"/></xsl:otherwise>
                    </xsl:choose>
                  </td>
                  <td class="number"><xsl:value-of select="?page"/></td>
                  <td>
                    <xsl:choose>
                      <xsl:when test="not(?linked)">
                        <xsl:value-of select="pp:label('report.noteUnlinked')"/>
                      </xsl:when>
                      <xsl:when test="exists($akn)">
                        <xsl:call-template name="pp:note-quote">
                          <xsl:with-param name="note" select="$akn"/>
                        </xsl:call-template>
                      </xsl:when>
                    </xsl:choose>
                  </td>
                </tr>
              </xsl:for-each>
            </tbody>
          </table>
        </div>
      </xsl:if>
    </section>
  </xsl:template>

  <xsl:template name="pp:left-out">
    <xsl:param name="listed" as="xs:numeric" required="yes"/>
    <xsl:param name="total" as="xs:numeric" required="yes"/>
    <xsl:if test="$total gt $listed">
      <p class="left-out">
        <xsl:value-of select="pp:label('report.leftOut', map{'count': xs:integer($total - $listed)})"/>
      </p>
    </xsl:if>
  </xsl:template>

  <!-- The sentence a note's marker stands in, the marker marked. -->
  <xsl:template name="pp:note-quote">
    <xsl:param name="note" as="element(authorialNote)" required="yes"/>
    <xsl:variable name="block" select="$note/ancestor::*[self::p or self::heading or self::num or self::docTitle][1]"/>
    <xsl:call-template name="pp:quote">
      <xsl:with-param name="before" select="string-join($block//text()[. &lt;&lt; $note][not(ancestor::authorialNote)], '')"/>
      <xsl:with-param name="spot" select="string($note/@marker)"/>
      <xsl:with-param name="after" select="string-join($block//text()[. &gt;&gt; $note][not(ancestor::authorialNote)], '')"/>
    </xsl:call-template>
  </xsl:template>

  <!--
    The sentence around a spot, the spot marked: $before from its last sentence end, $after to
    its next one, each cut at a word to at most 160 characters (about two printed lines).
  -->
  <xsl:template name="pp:quote">
    <xsl:param name="before" as="xs:string" required="yes"/>
    <xsl:param name="spot" as="xs:string" required="yes"/>
    <xsl:param name="after" as="xs:string" required="yes"/>
    <xsl:variable name="b" select="replace(replace($before, '\s+', ' '), '^.*[.;:!?]\s+(\S)', '$1', 's')"/>
    <xsl:variable name="a" select="replace(replace($after, '\s+', ' '), '^(.*?[.;:!?])(\s.*)?$', '$1', 's')"/>
    <q class="context">
      <xsl:value-of select="if (string-length($b) le 160) then $b
          else '… ' || replace(substring($b, string-length($b) - 159), '^\S*\s+', '')"/>
      <mark><xsl:value-of select="$spot"/></mark>
      <xsl:value-of select="if (string-length($a) le 160) then $a
          else replace(substring($a, 1, 160), '\s+\S*$', '') || ' …'"/>
    </q>
  </xsl:template>

  <!-- The id the HTML edition gives the element or its nearest ancestor that has an eId. -->
  <xsl:function name="pp:anchor" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="($e/ancestor-or-self::*[@eId][1]/@eId, 'pp-title')[1]"/>
  </xsl:function>

  <xsl:function name="pp:array" as="item()*">
    <xsl:param name="a" as="array(*)?"/>
    <xsl:sequence select="if (empty($a)) then () else array:flatten($a)"/>
  </xsl:function>

</xsl:stylesheet>
