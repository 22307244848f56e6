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


  <!-- The divisions of a document (or an annex) that navigation lists, top level first. -->
  <xsl:function name="ppfo:nav-roots" as="element()*">
    <xsl:param name="doc" as="element()"/>
    <xsl:sequence select="$doc/akn:mainBody/*[ppfo:is-container(.)]"/>
  </xsl:function>

  <xsl:function name="ppfo:annexes" as="element(akn:attachment)*">
    <xsl:param name="doc" as="element()"/>
    <xsl:sequence select="$doc/akn:attachments/akn:attachment[*]"/>
  </xsl:function>

  <!-- Number of lines the contents would have; the contents is printed from two lines on. -->
  <xsl:function name="ppfo:nav-count" as="xs:integer">
    <xsl:param name="doc" as="element()"/>
    <xsl:sequence select="count(ppfo:nav-roots($doc)/descendant-or-self::*[ppfo:is-container(.)]
                                 [ppfo:depth(.) le $ppfo:nav-depth][ppfo:caption(.)])
                          + sum(ppfo:annexes($doc) ! (1 + count(ppfo:nav-roots(*[1])
                                 /descendant-or-self::*[ppfo:is-container(.)]
                                 [ppfo:depth(.) lt $ppfo:nav-depth][ppfo:caption(.)])))"/>
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
      <xsl:apply-templates select="ppfo:nav-roots($doc)" mode="ppfo:toc">
        <xsl:with-param name="level" select="1"/>
      </xsl:apply-templates>
      <xsl:for-each select="ppfo:annexes($doc)">
        <xsl:call-template name="ppfo:toc-line">
          <xsl:with-param name="target" select="ppfo:id(.)"/>
          <xsl:with-param name="caption" select="ppfo:annex-caption(.)"/>
          <xsl:with-param name="level" select="1"/>
        </xsl:call-template>
        <xsl:apply-templates select="ppfo:nav-roots(*[1])" mode="ppfo:toc">
          <xsl:with-param name="level" select="2"/>
        </xsl:apply-templates>
      </xsl:for-each>
      </fo:block>
    </fo:block>
  </xsl:template>

  <xsl:template match="*" mode="ppfo:toc">
    <xsl:param name="level" as="xs:integer"/>
    <xsl:variable name="caption" select="ppfo:caption(.)"/>
    <xsl:if test="$caption">
      <xsl:call-template name="ppfo:toc-line">
        <xsl:with-param name="target" select="ppfo:id(.)"/>
        <xsl:with-param name="caption" select="$caption"/>
        <xsl:with-param name="level" select="$level"/>
      </xsl:call-template>
    </xsl:if>
    <xsl:variable name="next" select="if ($caption) then $level + 1 else $level"/>
    <xsl:if test="$next le $ppfo:nav-depth">
      <xsl:apply-templates select="*[ppfo:is-container(.)]" mode="ppfo:toc">
        <xsl:with-param name="level" select="$next"/>
      </xsl:apply-templates>
    </xsl:if>
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
    <fo:bookmark-tree>
      <fo:bookmark internal-destination="{$ppfo:title-id}" starting-state="show">
        <fo:bookmark-title>{(ppfo:title($doc)[.], ppfo:number($doc)[.], '—')[1]}</fo:bookmark-title>
      </fo:bookmark>
      <xsl:apply-templates select="ppfo:nav-roots($doc)" mode="ppfo:bookmark">
        <xsl:with-param name="level" select="1"/>
      </xsl:apply-templates>
      <xsl:for-each select="ppfo:annexes($doc)">
        <fo:bookmark internal-destination="{ppfo:id(.)}" starting-state="show">
          <fo:bookmark-title>{ppfo:annex-caption(.)}</fo:bookmark-title>
          <xsl:apply-templates select="ppfo:nav-roots(*[1])" mode="ppfo:bookmark">
            <xsl:with-param name="level" select="2"/>
          </xsl:apply-templates>
        </fo:bookmark>
      </xsl:for-each>
    </fo:bookmark-tree>
  </xsl:template>

  <xsl:template match="*" mode="ppfo:bookmark">
    <xsl:param name="level" as="xs:integer"/>
    <xsl:variable name="caption" select="ppfo:caption(.)"/>
    <xsl:variable name="children" select="*[ppfo:is-container(.)][$level lt $ppfo:nav-depth]"/>
    <xsl:choose>
      <xsl:when test="$caption">
        <fo:bookmark internal-destination="{ppfo:id(.)}"
            starting-state="{if ($level eq 1) then 'show' else 'hide'}">
          <fo:bookmark-title>{$caption}</fo:bookmark-title>
          <xsl:apply-templates select="$children" mode="ppfo:bookmark">
            <xsl:with-param name="level" select="$level + 1"/>
          </xsl:apply-templates>
        </fo:bookmark>
      </xsl:when>
      <xsl:otherwise>
        <xsl:apply-templates select="*[ppfo:is-container(.)]" mode="ppfo:bookmark">
          <xsl:with-param name="level" select="$level"/>
        </xsl:apply-templates>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
