<?xml version="1.0" encoding="UTF-8"?>
<!--
  Navigation built from the headings: the printed table of contents (dot leaders, page numbers,
  each line a link) and the PDF bookmarks, which mirror the same divisions. A printed contents
  in the source (akn:toc) is never used: the edition makes its own.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:fox="http://xmlgraphics.apache.org/fop/extensions"
    xmlns:akn="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
    xmlns:pp="urn:polypress"
    xmlns:ppfo="urn:polypress:fo"
    exclude-result-prefixes="#all" expand-text="yes">

  <!-- Divisions deeper than this stay out of the contents and the bookmarks. -->
  <xsl:variable name="ppfo:nav-depth" as="xs:integer" select="3"/>

  <!-- From this many lines on, the contents gets its own page(s) and the text starts on a new page. -->
  <xsl:variable name="ppfo:toc-page-break" as="xs:integer" select="12"/>


  <!--
    Characters of text on a printed page, for estimating the page count before layout (the
    contents must be decided before FOP knows the pages; FOP's two passes would lay out every
    document twice). Measured on the editions of the dev corpus and the samples (A4, the
    body size of page.xsl, notes, headings and lists included): 2,200 to 3,000 characters
    a page, 2,500 in the middle. The estimate is rough by design: it decides only whether a
    document is long enough to be worth a contents.
  -->
  <xsl:variable name="ppfo:chars-per-page" as="xs:integer" select="2500"/>

  <!-- Pages the document's text should fill: its characters (metadata left out) per page, rounded up. -->
  <xsl:function name="ppfo:estimated-pages" as="xs:integer">
    <xsl:param name="doc" as="element()"/>
    <xsl:variable name="chars" select="sum(($doc/(* except akn:meta)//text()) ! string-length())"/>
    <xsl:sequence select="xs:integer(ceiling($chars div $ppfo:chars-per-page))"/>
  </xsl:function>

  <!-- The divisions of a document (or an annex) that navigation lists, top level first. -->
  <xsl:function name="ppfo:nav-roots" as="element()*">
    <xsl:param name="doc" as="element()"/>
    <xsl:sequence select="$doc/(akn:mainBody | akn:body | akn:judgmentBody | akn:debateBody | akn:amendmentBody)
                              /*[ppfo:is-container(.)]"/>
  </xsl:function>

  <xsl:function name="ppfo:annexes" as="element(akn:attachment)*">
    <xsl:param name="doc" as="element()"/>
    <xsl:sequence select="$doc/akn:attachments/akn:attachment[*]"/>
  </xsl:function>

  <!-- Number of lines the contents would have; the contents is printed from two lines on. -->
  <xsl:function name="ppfo:nav-count" as="xs:integer">
    <xsl:param name="doc" as="element()"/>
    <xsl:sequence select="count(ppfo:contents($doc))"/>
  </xsl:function>

  <!--
    An act in the Akoma Ntoso sense: the document element is akn:act, or the structure stage
    found articles in its body (an Official Journal regulation or a gazette law is often a
    generic akn:doc then). Its contents and bookmarks follow the hierarchy of an act.
  -->
  <xsl:function name="ppfo:is-act" as="xs:boolean">
    <xsl:param name="doc" as="element()"/>
    <xsl:sequence select="exists($doc/self::akn:act) or exists($doc/(akn:body | akn:mainBody)//akn:article)"/>
  </xsl:function>

  <!--
    The divisions of an act, down to the article: parts, books, titles, chapters, sections, ...,
    articles. Not hcontainers (cross-headings, where signature blocks and place-and-date lines end
    up), nor levels, clauses, rules or anything inside an article: the contents of a nine-page
    regulation is one page of chapters and articles, never its signatures.
  -->
  <xsl:function name="ppfo:is-act-division" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="exists($e/(self::akn:part | self::akn:book | self::akn:tome | self::akn:title
        | self::akn:subtitle | self::akn:chapter | self::akn:subchapter | self::akn:section
        | self::akn:subsection | self::akn:subpart | self::akn:division | self::akn:article))"/>
  </xsl:function>

  <!-- Whether a division gets a line in the contents and a bookmark. -->
  <xsl:function name="ppfo:is-listed" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:param name="act" as="xs:boolean"/>
    <xsl:sequence select="ppfo:caption($e) ne '' and (not($act) or ppfo:is-act-division($e))"/>
  </xsl:function>

  <!--
    Whether navigation looks into a division's sub-divisions, it being at $level: in an act down to
    the articles and not into them, elsewhere down to $ppfo:nav-depth levels.
  -->
  <xsl:function name="ppfo:nav-descends" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:param name="level" as="xs:integer"/>
    <xsl:param name="act" as="xs:boolean"/>
    <xsl:sequence select="if ($act) then empty($e/self::akn:article) else $level le $ppfo:nav-depth"/>
  </xsl:function>

  <!-- The lines of the contents, in order, as maps: target (an id), caption, level (1 = top). -->
  <xsl:function name="ppfo:contents" as="map(*)*">
    <xsl:param name="doc" as="element()"/>
    <xsl:variable name="act" select="ppfo:is-act($doc)"/>
    <xsl:sequence select="ppfo:nav-lines(ppfo:nav-roots($doc), 1, $act)"/>
    <xsl:for-each select="ppfo:annexes($doc)">
      <xsl:sequence select="map{'target': ppfo:id(.), 'caption': ppfo:annex-caption(.), 'level': 1}"/>
      <xsl:sequence select="ppfo:nav-lines(ppfo:nav-roots(*[1]), 2, $act)"/>
    </xsl:for-each>
  </xsl:function>

  <xsl:function name="ppfo:nav-lines" as="map(*)*">
    <xsl:param name="divisions" as="element()*"/>
    <xsl:param name="level" as="xs:integer"/>
    <xsl:param name="act" as="xs:boolean"/>
    <xsl:for-each select="$divisions">
      <xsl:variable name="listed" select="ppfo:is-listed(., $act)"/>
      <xsl:if test="$listed">
        <xsl:sequence select="map{'target': ppfo:id(.), 'caption': ppfo:caption(.), 'level': $level}"/>
      </xsl:if>
      <xsl:variable name="next" select="if ($listed) then $level + 1 else $level"/>
      <xsl:if test="ppfo:nav-descends(., $next, $act)">
        <xsl:sequence select="ppfo:nav-lines(*[ppfo:is-container(.)], $next, $act)"/>
      </xsl:if>
    </xsl:for-each>
  </xsl:function>

  <!-- Caption of an annex: its own kind ("ANNEX", "BIJLAGE") or the label, then its title. -->
  <xsl:function name="ppfo:annex-label" as="xs:string">
    <xsl:param name="attachment" as="element(akn:attachment)"/>
    <xsl:variable name="doc" select="$attachment/*[1]"/>
    <xsl:variable name="siblings" select="$attachment/../akn:attachment[*]"/>
    <xsl:sequence select="(ppfo:doc-type($doc)[.],
        pp:label('annex') || (if (count($siblings) gt 1)
                              then ' ' || (1 + count($attachment/preceding-sibling::akn:attachment[*])) else ''))[1]"/>
  </xsl:function>

  <xsl:function name="ppfo:annex-title" as="xs:string">
    <xsl:param name="attachment" as="element(akn:attachment)"/>
    <xsl:variable name="doc" select="$attachment/*[1]"/>
    <xsl:variable name="title" select="ppfo:title($doc)"/>
    <!-- An annex without a title of its own reports the FRBR URI; that is not for readers. -->
    <xsl:sequence select="if ($title = string(ppfo:work($doc)/akn:FRBRthis/@value)) then '' else $title"/>
  </xsl:function>

  <xsl:function name="ppfo:annex-caption" as="xs:string">
    <xsl:param name="attachment" as="element(akn:attachment)"/>
    <xsl:sequence select="string-join((ppfo:annex-label($attachment), ppfo:annex-title($attachment)[.]), ' — ')"/>
  </xsl:function>

  <!-- ===== Table of contents ========================================================== -->

  <xsl:template name="ppfo:toc">
    <xsl:param name="doc" as="element()"/>
    <fo:block space-before="16pt" hyphenate="false" text-align="start">
      <fo:block role="H2" font-size="12pt" line-height="15pt" font-weight="bold" space-after="3pt"
          keep-with-next.within-page="always">{pp:label('contents')}</fo:block>
      <fo:block role="TOC" font-size="9.5pt" line-height="12.5pt">
      <xsl:for-each select="ppfo:contents($doc)">
        <xsl:call-template name="ppfo:toc-line">
          <xsl:with-param name="target" select="?target"/>
          <xsl:with-param name="caption" select="?caption"/>
          <xsl:with-param name="level" select="?level"/>
        </xsl:call-template>
      </xsl:for-each>
      </fo:block>
    </fo:block>
  </xsl:template>

  <!--
    One line of the contents: the caption, a dot leader and the page number, all one link. Wrapped
    captions hang under their first word and stop short of the page-number column.
  -->
  <xsl:template name="ppfo:toc-line">
    <xsl:param name="target" as="xs:string"/>
    <xsl:param name="caption" as="xs:string"/>
    <xsl:param name="level" as="xs:integer"/>
    <fo:block role="TOCI" start-indent="{$level * 5}mm" text-indent="-5mm" end-indent="12mm"
        last-line-end-indent="-12mm" text-align-last="justify" keep-together.within-page="always"
        space-before="{if ($level eq 1) then '5pt' else '1.5pt'}"
        font-weight="{if ($level eq 1) then 'bold' else 'normal'}">
      <fo:basic-link internal-destination="{$target}" fox:alt-text="{$caption}">
        <xsl:value-of select="ppfo:breakable($caption)"/>
        <fo:inline font-weight="normal">
          <xsl:text> </xsl:text>
          <fo:leader leader-pattern="dots" leader-pattern-width="4pt" leader-length.minimum="8pt"/>
          <xsl:text> </xsl:text>
          <fo:page-number-citation ref-id="{$target}"/>
        </fo:inline>
      </fo:basic-link>
    </fo:block>
  </xsl:template>

  <!-- ===== Bookmarks ================================================================== -->

  <xsl:template name="ppfo:bookmark-tree">
    <xsl:param name="doc" as="element()"/>
    <xsl:variable name="act" select="ppfo:is-act($doc)"/>
    <fo:bookmark-tree>
      <fo:bookmark internal-destination="{$ppfo:title-id}" starting-state="show">
        <fo:bookmark-title>{(ppfo:title($doc)[.], ppfo:number($doc)[.], '—')[1]}</fo:bookmark-title>
      </fo:bookmark>
      <xsl:apply-templates select="ppfo:nav-roots($doc)" mode="ppfo:bookmark">
        <xsl:with-param name="level" select="1"/>
        <xsl:with-param name="act" select="$act" tunnel="yes"/>
      </xsl:apply-templates>
      <xsl:for-each select="ppfo:annexes($doc)">
        <fo:bookmark internal-destination="{ppfo:id(.)}" starting-state="show">
          <fo:bookmark-title>{ppfo:annex-caption(.)}</fo:bookmark-title>
          <xsl:apply-templates select="ppfo:nav-roots(*[1])" mode="ppfo:bookmark">
            <xsl:with-param name="level" select="2"/>
            <xsl:with-param name="act" select="$act" tunnel="yes"/>
          </xsl:apply-templates>
        </fo:bookmark>
      </xsl:for-each>
    </fo:bookmark-tree>
  </xsl:template>

  <xsl:template match="*" mode="ppfo:bookmark">
    <xsl:param name="level" as="xs:integer"/>
    <xsl:param name="act" as="xs:boolean" tunnel="yes"/>
    <xsl:variable name="listed" select="ppfo:is-listed(., $act)"/>
    <xsl:variable name="next" select="if ($listed) then $level + 1 else $level"/>
    <xsl:variable name="children" select="*[ppfo:is-container(.)][ppfo:nav-descends(.., $next, $act)]"/>
    <xsl:choose>
      <xsl:when test="$listed">
        <fo:bookmark internal-destination="{ppfo:id(.)}"
            starting-state="{if ($level eq 1) then 'show' else 'hide'}">
          <fo:bookmark-title>{ppfo:caption(.)}</fo:bookmark-title>
          <xsl:apply-templates select="$children" mode="ppfo:bookmark">
            <xsl:with-param name="level" select="$next"/>
          </xsl:apply-templates>
        </fo:bookmark>
      </xsl:when>
      <xsl:otherwise>
        <xsl:apply-templates select="$children" mode="ppfo:bookmark">
          <xsl:with-param name="level" select="$level"/>
        </xsl:apply-templates>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
