<?xml version="1.0" encoding="UTF-8"?>
<!--
  The text of a document: divisions with their headings, numbered paragraphs, points and items
  with hanging numbers, plain paragraphs, lists, boxes and tables.

  Block content always goes through ppfo:blocks, which (1) sets each run of numbered siblings as
  one fo:list-block whose label column fits its longest number, and (2) wraps anything that is
  not a known block (stray text, an unknown element) in an fo:block, so that text is never lost
  and never lands where XSL-FO forbids it.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:akn="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
    xmlns:ppfo="urn:polypress:fo"
    exclude-result-prefixes="#all" expand-text="yes">

  <!-- ===== Classification =========================================================== -->

  <!-- Elements that may carry a hanging number and are then set as list items. -->
  <xsl:function name="ppfo:is-item" as="xs:boolean">
    <xsl:param name="n" as="node()"/>
    <xsl:sequence select="exists($n/(self::akn:paragraph | self::akn:subparagraph | self::akn:point
        | self::akn:item | self::akn:citation | self::akn:recital | self::akn:alinea | self::akn:indent))"/>
  </xsl:function>

  <!-- Elements this stylesheet sets as blocks of their own. -->
  <xsl:function name="ppfo:is-block" as="xs:boolean">
    <xsl:param name="n" as="node()"/>
    <xsl:sequence select="ppfo:is-container($n) or ppfo:is-item($n)
        or exists($n/(self::akn:p | self::akn:intro | self::akn:content | self::akn:wrapUp | self::akn:list
        | self::akn:blockList | self::akn:blockContainer | self::akn:tblock | self::akn:formula
        | self::akn:citations | self::akn:recitals | self::akn:longTitle | self::akn:container
        | self::akn:table | self::akn:ul | self::akn:ol | self::akn:quotedStructure
        | self::akn:embeddedStructure | self::akn:toc | self::akn:preamble | self::akn:listIntroduction
        | self::akn:listWrapUp | self::akn:crossHeading | self::akn:foreign | self::akn:img))"/>
  </xsl:function>

  <!-- "number" for 1. a) (iv) A. ; "bullet" for • – - ; "" when the element has no number. -->
  <xsl:function name="ppfo:num-kind" as="xs:string">
    <xsl:param name="e" as="node()"/>
    <xsl:variable name="num" select="ppfo:plain($e/akn:num)"/>
    <xsl:sequence select="if (not(ppfo:is-item($e)) or $num eq '') then ''
                          else if (matches($num, '[\p{L}\p{N}]')) then 'number' else 'bullet'"/>
  </xsl:function>

  <!-- Space above a block, except as the first thing in its parent (a list body must not start with space). -->
  <xsl:function name="ppfo:space" as="xs:string">
    <xsl:param name="e" as="node()"/>
    <xsl:param name="amount" as="xs:string"/>
    <xsl:sequence select="if ($e/preceding-sibling::*[not(self::akn:num | self::akn:heading | self::akn:subheading)])
                          then $amount else '0pt'"/>
  </xsl:function>

  <!-- ===== Block dispatcher ========================================================== -->

  <xsl:template name="ppfo:blocks">
    <xsl:param name="nodes" as="node()*"/>
    <xsl:for-each-group select="$nodes[self::* or self::text()[normalize-space()]]"
        group-adjacent="if (ppfo:num-kind(.) ne '') then 'list:' || local-name() || ':' || ppfo:num-kind(.)
                        else if (ppfo:is-block(.)) then 'block' else 'inline'">
      <xsl:choose>
        <xsl:when test="starts-with(current-grouping-key(), 'list:')">
          <xsl:call-template name="ppfo:list">
            <xsl:with-param name="items" select="current-group()"/>
            <xsl:with-param name="kind" select="ppfo:num-kind(.)"/>
          </xsl:call-template>
        </xsl:when>
        <xsl:when test="current-grouping-key() eq 'block'">
          <xsl:apply-templates select="current-group()"/>
        </xsl:when>
        <xsl:otherwise>
          <fo:block space-before="{ppfo:space(., '5pt')}">
            <xsl:apply-templates select="current-group()"/>
          </fo:block>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:for-each-group>
  </xsl:template>

  <!-- id and xml:lang of the source element, for the block that renders it. -->
  <xsl:template name="ppfo:block-attributes">
    <xsl:if test="@eId">
      <xsl:attribute name="id" select="ppfo:id(.)"/>
    </xsl:if>
    <xsl:call-template name="ppfo:lang"/>
  </xsl:template>

  <xsl:template name="ppfo:lang">
    <xsl:if test="@xml:lang">
      <xsl:attribute name="xml:lang" select="@xml:lang"/>
    </xsl:if>
  </xsl:template>

  <!-- ===== Bodies and divisions ====================================================== -->

  <!-- The text of a document after its title and cover: preamble, body, conclusions, annexes. -->
  <xsl:template name="ppfo:document-text">
    <xsl:param name="doc" as="element()"/>
    <xsl:apply-templates select="$doc/akn:preamble"/>
    <xsl:apply-templates select="$doc/(akn:mainBody | akn:body | akn:judgmentBody | akn:debateBody
        | akn:amendmentBody | akn:collectionBody | akn:portionBody)"/>
    <xsl:apply-templates select="$doc/akn:conclusions"/>
    <xsl:apply-templates select="$doc/akn:attachments/akn:attachment[*]"/>
  </xsl:template>

  <xsl:template match="akn:mainBody | akn:body | akn:judgmentBody | akn:debateBody | akn:amendmentBody
      | akn:collectionBody | akn:portionBody | akn:conclusions">
    <fo:block id="{ppfo:id(.)}" space-before="12pt">
      <xsl:call-template name="ppfo:lang"/>
      <xsl:call-template name="ppfo:blocks">
        <xsl:with-param name="nodes" select="node()"/>
      </xsl:call-template>
    </fo:block>
  </xsl:template>

  <xsl:template match="*[ppfo:is-container(.)]">
    <fo:block id="{ppfo:id(.)}">
      <!-- Top divisions are where PdfRenderer prefers to cut a long document's page sequence (see akn-fo.xsl). -->
      <xsl:if test="ppfo:depth(.) eq 1">
        <xsl:attribute name="ppfo:split">before</xsl:attribute>
      </xsl:if>
      <xsl:call-template name="ppfo:lang"/>
      <xsl:call-template name="ppfo:running-marker">
        <xsl:with-param name="depth" select="ppfo:depth(.)"/>
        <xsl:with-param name="caption" select="ppfo:caption(.)"/>
      </xsl:call-template>
      <xsl:if test="akn:num or akn:heading or akn:subheading">
        <xsl:call-template name="ppfo:heading">
          <xsl:with-param name="depth" select="ppfo:depth(.)"/>
        </xsl:call-template>
      </xsl:if>
      <xsl:call-template name="ppfo:blocks">
        <xsl:with-param name="nodes" select="node() except (akn:num, akn:heading, akn:subheading)"/>
      </xsl:call-template>
    </fo:block>
  </xsl:template>

  <!--
    Heading of a division: a tagged heading (H2 for a top division, the title being H1) that stays
    with what follows. "Chapter I" style numbers stand centred on a line of their own above the
    title; "2.1" style numbers run in before it.
  -->
  <xsl:template name="ppfo:heading">
    <xsl:param name="depth" as="xs:integer"/>
    <xsl:variable name="word" select="ppfo:is-word-label(akn:num)"/>
    <xsl:variable name="size" select="('13pt', '11.5pt', '10.5pt', '10pt')[min(($depth, 4))]"/>
    <xsl:variable name="leading" select="('17pt', '15pt', '14pt', '14pt')[min(($depth, 4))]"/>
    <xsl:variable name="before" select="('18pt', '14pt', '11pt', '9pt')[min(($depth, 4))]"/>
    <xsl:variable name="after" select="('7pt', '5pt', '4pt', '3pt')[min(($depth, 4))]"/>
    <fo:block role="H{min(($depth + 1, 6))}" font-size="{$size}" line-height="{$leading}"
        space-before="{$before}" space-after="{$after}" font-weight="bold" hyphenate="false"
        keep-with-next.within-page="always" keep-together.within-page="always"
        text-align="{if ($word) then 'center' else 'start'}">
      <xsl:if test="$depth ge 4">
        <xsl:attribute name="font-style">italic</xsl:attribute>
      </xsl:if>
      <xsl:if test="$word">
        <xsl:attribute name="linefeed-treatment">preserve</xsl:attribute>
      </xsl:if>
      <xsl:if test="$depth eq 1">
        <xsl:call-template name="ppfo:clear-level-2"/>
      </xsl:if>
      <xsl:choose>
        <xsl:when test="$word">
          <fo:inline font-weight="normal" letter-spacing="0.05em">
            <xsl:apply-templates select="akn:num/node()"/>
          </fo:inline>
          <xsl:if test="akn:heading">
            <xsl:text>&#10;</xsl:text>
            <xsl:apply-templates select="akn:heading/node()"/>
          </xsl:if>
        </xsl:when>
        <xsl:otherwise>
          <xsl:apply-templates select="akn:num/node()"/>
          <xsl:if test="akn:num and akn:heading">
            <xsl:text>&#x2002;</xsl:text>
          </xsl:if>
          <xsl:apply-templates select="akn:heading/node()"/>
        </xsl:otherwise>
      </xsl:choose>
      <xsl:for-each select="akn:subheading">
        <xsl:text>&#10;</xsl:text>
        <fo:inline font-weight="normal" font-style="italic">
          <xsl:apply-templates/>
        </fo:inline>
      </xsl:for-each>
    </fo:block>
  </xsl:template>

  <!-- Line breaks inside a heading are spaces; only the ones this stylesheet writes break lines. -->
  <xsl:template match="akn:num//text() | akn:heading//text() | akn:subheading//text()">
    <xsl:value-of select="ppfo:breakable(translate(., '&#10;&#13;&#9;', '   '))"/>
  </xsl:template>

  <!-- ===== Numbered paragraphs, points, items, citations, recitals ================== -->

  <xsl:template name="ppfo:list">
    <xsl:param name="items" as="element()+"/>
    <xsl:param name="kind" as="xs:string"/>
    <xsl:variable name="first" select="$items[1]"/>
    <xsl:variable name="longest" select="max($items/akn:num ! string-length(ppfo:plain(.)))"/>
    <xsl:variable name="label-width" select="if ($kind eq 'bullet') then 1.3
                                             else max((2.2, 0.62 * $longest + 0.8))"/>
    <xsl:variable name="gap" select="ppfo:item-space($first)"/>
    <fo:list-block provisional-distance-between-starts="{format-number($label-width, '0.0#')}em"
        provisional-label-separation="0.5em" space-before="{ppfo:space($first, $gap)}">
      <xsl:if test="$kind eq 'bullet' and $first/(self::akn:point | self::akn:item)">
        <xsl:attribute name="margin-left">3mm</xsl:attribute>
      </xsl:if>
      <xsl:for-each select="$items">
        <fo:list-item space-before="{if (position() eq 1) then '0pt' else $gap}">
          <xsl:call-template name="ppfo:block-attributes"/>
          <fo:list-item-label end-indent="label-end()">
            <fo:block text-align="start" hyphenate="false">
              <xsl:apply-templates select="akn:num/node()"/>
            </fo:block>
          </fo:list-item-label>
          <fo:list-item-body start-indent="body-start()">
            <xsl:call-template name="ppfo:item-content"/>
          </fo:list-item-body>
        </fo:list-item>
      </xsl:for-each>
    </fo:list-block>
  </xsl:template>

  <!-- Vertical space between items: paragraphs and preamble items breathe more than points. -->
  <xsl:function name="ppfo:item-space" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="if ($e/(self::akn:paragraph | self::akn:citation | self::akn:recital)) then '6pt'
                          else if ($e/self::akn:item) then '2pt' else '3pt'"/>
  </xsl:function>

  <!-- What an item holds after its number: an optional run-in heading, then its blocks. -->
  <xsl:template name="ppfo:item-content">
    <xsl:for-each select="akn:heading">
      <fo:block font-weight="bold" keep-with-next.within-page="always" hyphenate="false" text-align="start">
        <xsl:apply-templates/>
      </fo:block>
    </xsl:for-each>
    <xsl:variable name="rest" select="node() except (akn:num, akn:heading, akn:subheading)"/>
    <xsl:call-template name="ppfo:blocks">
      <xsl:with-param name="nodes" select="$rest"/>
    </xsl:call-template>
    <xsl:if test="not(akn:heading) and not($rest[self::* or self::text()[normalize-space()]])">
      <fo:block/>
    </xsl:if>
  </xsl:template>

  <!-- An item without a number (and the hierarchical akn:list) is a plain block. -->
  <xsl:template match="akn:paragraph | akn:subparagraph | akn:point | akn:item | akn:citation | akn:recital
      | akn:alinea | akn:indent | akn:list">
    <fo:block space-before="{ppfo:space(., ppfo:item-space(.))}">
      <xsl:call-template name="ppfo:block-attributes"/>
      <xsl:if test="self::akn:item">
        <xsl:attribute name="margin-left">3mm</xsl:attribute>
      </xsl:if>
      <xsl:call-template name="ppfo:item-content"/>
    </fo:block>
  </xsl:template>

  <xsl:template match="akn:intro | akn:content | akn:wrapUp">
    <fo:block space-before="{ppfo:space(., '5pt')}">
      <xsl:call-template name="ppfo:block-attributes"/>
      <xsl:call-template name="ppfo:blocks">
        <xsl:with-param name="nodes" select="node()"/>
      </xsl:call-template>
    </fo:block>
  </xsl:template>

  <!-- ===== Paragraphs and other blocks =============================================== -->

  <xsl:template match="akn:p">
    <fo:block space-before="{ppfo:space(., '5pt')}">
      <xsl:call-template name="ppfo:block-attributes"/>
      <xsl:apply-templates/>
    </fo:block>
  </xsl:template>

  <!--
    A paragraph of plain text longer than this many characters (a text file that is one line of
    megabytes) is set as consecutive blocks of at most this size, cut at spaces (a word longer than
    a piece is cut inside: the second alternative of the pattern, which also keeps the matching
    linear, as the first alone backtracks over a whole piece at every character of such a word),
    each but the last with its last line justified, so that it reads as one paragraph: FOP breaks a paragraph into
    lines as a whole (a 5 MB one fills any heap), and a long document's page sequence can only be
    cut between blocks.
  -->
  <xsl:variable name="ppfo:paragraph-piece" as="xs:integer" select="10000"/>

  <xsl:template match="akn:p[not(*)][string-length() gt $ppfo:paragraph-piece]" priority="1">
    <fo:block space-before="{ppfo:space(., '5pt')}">
      <xsl:call-template name="ppfo:block-attributes"/>
      <xsl:variable name="pieces" as="element()*" select="analyze-string(string(.),
          '[\s\S]{1,' || $ppfo:paragraph-piece || '}(\s+|$)|[\s\S]{' || $ppfo:paragraph-piece || '}')/*[string()]"/>
      <xsl:for-each select="$pieces">
        <fo:block>
          <xsl:if test="position() lt last()">
            <xsl:attribute name="text-align-last">justify</xsl:attribute>
          </xsl:if>
          <xsl:value-of select="ppfo:breakable(.)"/>
        </fo:block>
      </xsl:for-each>
    </fo:block>
  </xsl:template>

  <xsl:template match="akn:blockList">
    <fo:block space-before="{ppfo:space(., '5pt')}">
      <xsl:call-template name="ppfo:block-attributes"/>
      <xsl:call-template name="ppfo:blocks">
        <xsl:with-param name="nodes" select="node()"/>
      </xsl:call-template>
    </fo:block>
  </xsl:template>

  <xsl:template match="akn:listIntroduction | akn:listWrapUp">
    <fo:block space-before="{ppfo:space(., '3pt')}">
      <xsl:if test="self::akn:listIntroduction">
        <xsl:attribute name="keep-with-next.within-page">always</xsl:attribute>
      </xsl:if>
      <xsl:call-template name="ppfo:block-attributes"/>
      <xsl:apply-templates/>
    </fo:block>
  </xsl:template>

  <!-- A boxed callout ("blockContainer class=box"): hairline frame on a light tint. -->
  <xsl:template match="akn:blockContainer">
    <fo:block space-before="9pt" space-after="4pt" margin-left="0pt" margin-right="0pt"
        padding="5pt 7pt" border-style="solid" border-width="0.5pt" border-color="#7f7f7f"
        background-color="#f2f2f2">
      <xsl:call-template name="ppfo:block-attributes"/>
      <xsl:call-template name="ppfo:blocks">
        <xsl:with-param name="nodes" select="node()"/>
      </xsl:call-template>
    </fo:block>
  </xsl:template>

  <xsl:template match="akn:tblock">
    <fo:block space-before="{ppfo:space(., '8pt')}">
      <xsl:call-template name="ppfo:block-attributes"/>
      <xsl:if test="akn:num or akn:heading">
        <fo:block font-weight="bold" keep-with-next.within-page="always" hyphenate="false" text-align="start">
          <xsl:apply-templates select="akn:num/node()"/>
          <xsl:if test="akn:num and akn:heading">&#x2002;</xsl:if>
          <xsl:apply-templates select="akn:heading/node()"/>
        </fo:block>
      </xsl:if>
      <xsl:call-template name="ppfo:blocks">
        <xsl:with-param name="nodes" select="node() except (akn:num, akn:heading, akn:subheading)"/>
      </xsl:call-template>
    </fo:block>
  </xsl:template>

  <xsl:template match="akn:crossHeading">
    <fo:block space-before="10pt" space-after="3pt" font-weight="bold" keep-with-next.within-page="always"
        hyphenate="false" text-align="start">
      <xsl:call-template name="ppfo:block-attributes"/>
      <xsl:apply-templates/>
    </fo:block>
  </xsl:template>

  <xsl:template match="akn:quotedStructure | akn:embeddedStructure">
    <fo:block space-before="{ppfo:space(., '5pt')}" space-after="5pt" margin-left="8mm" margin-right="8mm">
      <xsl:call-template name="ppfo:block-attributes"/>
      <xsl:call-template name="ppfo:blocks">
        <xsl:with-param name="nodes" select="node()"/>
      </xsl:call-template>
    </fo:block>
  </xsl:template>

  <!-- The source's own printed contents is navigation, not text; images and foreign markup are not printed. -->
  <xsl:template match="akn:toc | akn:img | akn:foreign | akn:meta"/>

  <!-- ===== HTML-like lists and tables ================================================ -->

  <xsl:template match="akn:ul | akn:ol">
    <xsl:variable name="ordered" select="exists(self::akn:ol)"/>
    <fo:list-block provisional-distance-between-starts="{if ($ordered) then '2.2em' else '1.3em'}"
        provisional-label-separation="0.5em" margin-left="3mm" space-before="{ppfo:space(., '3pt')}">
      <xsl:call-template name="ppfo:block-attributes"/>
      <xsl:for-each select="akn:li">
        <fo:list-item space-before="{if (position() eq 1) then '0pt' else '2pt'}">
          <xsl:call-template name="ppfo:block-attributes"/>
          <fo:list-item-label end-indent="label-end()">
            <fo:block>{if ($ordered) then position() || '.' else '•'}</fo:block>
          </fo:list-item-label>
          <fo:list-item-body start-indent="body-start()">
            <xsl:call-template name="ppfo:blocks">
              <xsl:with-param name="nodes" select="node()"/>
            </xsl:call-template>
            <xsl:if test="not(node()[self::* or self::text()[normalize-space()]])">
              <fo:block/>
            </xsl:if>
          </fo:list-item-body>
        </fo:list-item>
      </xsl:for-each>
    </fo:list-block>
  </xsl:template>

  <xsl:template match="akn:table">
    <xsl:variable name="rows" select="(akn:tr, akn:thead/akn:tr, akn:tbody/akn:tr, akn:tfoot/akn:tr)"/>
    <xsl:variable name="columns" select="max(($rows ! sum((akn:th | akn:td) ! xs:integer((@colspan[. castable as xs:integer], 1)[1])), 1))"/>
    <xsl:variable name="head" select="$rows[not(akn:td)][not(preceding-sibling::akn:tr[akn:td])]"/>
    <fo:table table-layout="fixed" width="100%" border-collapse="collapse" space-before="{ppfo:space(., '6pt')}"
        font-size="9pt" line-height="12pt" text-align="start" hyphenate="true">
      <xsl:call-template name="ppfo:block-attributes"/>
      <xsl:for-each select="1 to $columns">
        <fo:table-column column-width="proportional-column-width(1)"/>
      </xsl:for-each>
      <xsl:if test="exists($head)">
        <fo:table-header>
          <xsl:apply-templates select="$head"/>
        </fo:table-header>
      </xsl:if>
      <fo:table-body>
        <xsl:apply-templates select="$rows except $head"/>
        <xsl:if test="empty($rows except $head)">
          <fo:table-row><fo:table-cell><fo:block/></fo:table-cell></fo:table-row>
        </xsl:if>
      </fo:table-body>
    </fo:table>
  </xsl:template>

  <xsl:template match="akn:tr">
    <fo:table-row>
      <xsl:for-each select="akn:th | akn:td">
        <fo:table-cell border-style="solid" border-width="0.4pt" border-color="#7f7f7f" padding="2pt 3pt">
          <xsl:if test="self::akn:th">
            <xsl:attribute name="font-weight">bold</xsl:attribute>
            <xsl:attribute name="role">TH</xsl:attribute>
          </xsl:if>
          <xsl:if test="@colspan castable as xs:integer">
            <xsl:attribute name="number-columns-spanned" select="@colspan"/>
          </xsl:if>
          <xsl:if test="@rowspan castable as xs:integer">
            <xsl:attribute name="number-rows-spanned" select="@rowspan"/>
          </xsl:if>
          <xsl:call-template name="ppfo:blocks">
            <xsl:with-param name="nodes" select="node()"/>
          </xsl:call-template>
          <xsl:if test="not(node()[self::* or self::text()[normalize-space()]])">
            <fo:block/>
          </xsl:if>
        </fo:table-cell>
      </xsl:for-each>
    </fo:table-row>
  </xsl:template>

</xsl:stylesheet>
