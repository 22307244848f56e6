<?xml version="1.0" encoding="UTF-8"?>
<!--
  The front of a document: the title block on page 1 (institution, number, date, kind, title),
  what is left of the cover page and preface once the title block has shown it, and the preamble
  (formulas, citations, recitals) set as in the EU Official Journal: citations as separate
  justified paragraphs, recitals with hanging numbers, formulas on lines of their own.
  Annexes are whole documents and open with a heading made the same way.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:akn="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
    xmlns:pp="urn:polypress"
    xmlns:ppfo="urn:polypress:fo"
    exclude-result-prefixes="#all" expand-text="yes">

  <!--
    The node that carries the title in the text: the preface's long title, else the first
    docTitle of the cover page or preface. The title block prints it (notes included) and the
    front matter then leaves it out, so nothing is printed twice and nothing is lost.
  -->
  <xsl:function name="ppfo:title-source" as="element()?">
    <xsl:param name="doc" as="element()"/>
    <xsl:sequence select="($doc/akn:preface/akn:longTitle[normalize-space()],
                           $doc/(akn:coverPage, akn:preface)//akn:docTitle[normalize-space()])[1]"/>
  </xsl:function>

  <!-- The kind line ("OUTCOME OF PROCEEDINGS") unless the title source already says it. -->
  <xsl:function name="ppfo:kind-line" as="xs:string">
    <xsl:param name="doc" as="element()"/>
    <xsl:variable name="source" select="ppfo:title-source($doc)"/>
    <xsl:variable name="kind" select="($doc/(akn:coverPage, akn:preface)//akn:docType)[1]"/>
    <xsl:sequence select="if (exists($kind) and not($kind/ancestor::* intersect $source))
                          then ppfo:plain($kind) else ''"/>
  </xsl:function>

  <!-- A title for print: never the FRBR URI that ppfo:title falls back to for metadata. -->
  <xsl:function name="ppfo:display-title" as="xs:string">
    <xsl:param name="doc" as="element()"/>
    <xsl:variable name="title" select="ppfo:title($doc)"/>
    <xsl:sequence select="if ($title = string(ppfo:work($doc)/akn:FRBRthis/@value)) then '' else $title"/>
  </xsl:function>

  <!--
    True for a cover-page or preface block that the title block already shows in full: the
    title source itself, or a paragraph that says only the institution, number, date or kind.
    Blocks holding a note are always kept so that the note is printed.
  -->
  <xsl:function name="ppfo:already-shown" as="xs:boolean">
    <xsl:param name="block" as="element()"/>
    <xsl:param name="shown" as="xs:string*"/>
    <xsl:param name="source" as="element()?"/>
    <xsl:variable name="text" select="ppfo:plain($block)"/>
    <xsl:sequence select="($block is $source)
        or (not($block//akn:authorialNote)
            and ($text = $shown or replace($text, '^\((.*)\)$', '$1') = $shown
                 or (exists($source) and $block//akn:docTitle[. is $source] and $text = ppfo:plain($source))))"/>
  </xsl:function>

  <xsl:function name="ppfo:shown-strings" as="xs:string*">
    <xsl:param name="doc" as="element()"/>
    <xsl:sequence select="(ppfo:institution($doc), ppfo:number($doc), ppfo:display-date($doc),
                           ppfo:kind-line($doc), ppfo:display-title($doc))[.]"/>
  </xsl:function>

  <!-- ===== Title block (page 1) ====================================================== -->

  <xsl:template name="ppfo:title-block">
    <xsl:param name="doc" as="element()"/>
    <xsl:variable name="institution" select="ppfo:institution($doc)"/>
    <xsl:variable name="number" select="ppfo:number($doc)"/>
    <xsl:variable name="date" select="ppfo:display-date($doc)"/>
    <xsl:variable name="kind" select="ppfo:kind-line($doc)"/>
    <fo:block id="{$ppfo:title-id}" hyphenate="false" text-align="center" space-after="8pt">
      <xsl:if test="$institution">
        <fo:block font-size="11pt" line-height="14pt" font-weight="bold" letter-spacing="0.06em"
            space-after="8pt">{$institution}</fo:block>
      </xsl:if>
      <xsl:if test="$number or $date">
        <fo:block font-size="8.5pt" line-height="11pt" text-align="start" text-align-last="justify"
            border-before-style="solid" border-before-width="0.6pt" border-after-style="solid"
            border-after-width="0.6pt" padding-before="3pt" padding-after="3pt">
          <xsl:if test="$number">
            <fo:inline color="#595959">{pp:label('documentNumber')}</fo:inline>
            <xsl:text> </xsl:text>
            <fo:inline font-weight="bold">{$number}</fo:inline>
          </xsl:if>
          <fo:leader leader-pattern="space" leader-length.minimum="6mm"/>
          <xsl:if test="$date">
            <fo:inline color="#595959">{pp:label('date')}</fo:inline>
            <xsl:text> </xsl:text>
            <fo:inline font-weight="bold">{$date}</fo:inline>
          </xsl:if>
        </fo:block>
      </xsl:if>
      <xsl:if test="$kind">
        <fo:block font-size="10pt" line-height="13pt" letter-spacing="0.04em" space-before="20pt">{$kind}</fo:block>
      </xsl:if>
      <xsl:call-template name="ppfo:title-line">
        <xsl:with-param name="doc" select="$doc"/>
        <xsl:with-param name="attributes" as="attribute()*">
          <xsl:attribute name="font-size">16pt</xsl:attribute>
          <xsl:attribute name="line-height">20pt</xsl:attribute>
          <xsl:attribute name="space-before" select="if ($kind) then '6pt' else '20pt'"/>
          <xsl:attribute name="role">H1</xsl:attribute>
        </xsl:with-param>
      </xsl:call-template>
    </fo:block>
  </xsl:template>

  <!-- The title in bold: the title source's own content (notes kept), else the metadata title. -->
  <xsl:template name="ppfo:title-line">
    <xsl:param name="doc" as="element()"/>
    <xsl:param name="attributes" as="attribute()*"/>
    <xsl:variable name="source" select="ppfo:title-source($doc)"/>
    <xsl:variable name="title" select="ppfo:display-title($doc)"/>
    <xsl:if test="exists($source) or $title">
      <fo:block font-weight="bold" keep-with-previous.within-page="always">
        <xsl:sequence select="$attributes"/>
        <xsl:choose>
          <xsl:when test="$source/self::akn:longTitle">
            <xsl:for-each select="$source/*">
              <xsl:if test="position() gt 1"><xsl:text> </xsl:text></xsl:if>
              <xsl:apply-templates select="node()"/>
            </xsl:for-each>
          </xsl:when>
          <xsl:when test="exists($source)">
            <xsl:apply-templates select="$source/node()"/>
          </xsl:when>
          <xsl:otherwise>{$title}</xsl:otherwise>
        </xsl:choose>
      </fo:block>
    </xsl:if>
  </xsl:template>

  <!-- ===== Cover page, preface, preamble ============================================= -->

  <!-- Cover page and preface in reading order, minus what the title block or annex heading showed. -->
  <xsl:template name="ppfo:cover-matter">
    <xsl:param name="doc" as="element()"/>
    <xsl:param name="shown" as="xs:string*"/>
    <xsl:variable name="source" select="ppfo:title-source($doc)"/>
    <xsl:for-each select="$doc/(akn:coverPage, akn:preface)">
      <xsl:variable name="rest" select="*[not(self::akn:toc)][not(ppfo:already-shown(., $shown, $source))]"/>
      <xsl:if test="exists($rest)">
        <fo:block id="{ppfo:id(.)}" space-before="12pt" font-size="9pt" line-height="12pt" text-align="start">
          <xsl:call-template name="ppfo:blocks">
            <xsl:with-param name="nodes" select="$rest"/>
          </xsl:call-template>
        </fo:block>
      </xsl:if>
    </xsl:for-each>
  </xsl:template>

  <!-- A container on the cover page (the addressing block): its lines, no extra furniture. -->
  <xsl:template match="akn:coverPage//akn:container | akn:preface//akn:container">
    <fo:block id="{ppfo:id(.)}" space-before="6pt">
      <xsl:call-template name="ppfo:lang"/>
      <xsl:call-template name="ppfo:blocks">
        <xsl:with-param name="nodes" select="*"/>
      </xsl:call-template>
    </fo:block>
  </xsl:template>

  <xsl:template match="akn:coverPage//akn:p | akn:preface//akn:p" priority="2">
    <fo:block space-before="2pt">
      <xsl:call-template name="ppfo:block-attributes"/>
      <xsl:apply-templates/>
    </fo:block>
  </xsl:template>

  <xsl:template match="akn:longTitle">
    <fo:block id="{ppfo:id(.)}" space-before="8pt" font-weight="bold" text-align="center" font-size="11pt"
        line-height="14pt">
      <xsl:call-template name="ppfo:lang"/>
      <xsl:call-template name="ppfo:blocks">
        <xsl:with-param name="nodes" select="*"/>
      </xsl:call-template>
    </fo:block>
  </xsl:template>

  <xsl:template match="akn:preamble">
    <fo:block id="{ppfo:id(.)}" space-before="14pt">
      <xsl:call-template name="ppfo:lang"/>
      <xsl:call-template name="ppfo:blocks">
        <xsl:with-param name="nodes" select="*"/>
      </xsl:call-template>
    </fo:block>
  </xsl:template>

  <!-- "THE COUNCIL OF THE EUROPEAN UNION," / "HAS ADOPTED THIS REGULATION:" -->
  <xsl:template match="akn:formula">
    <fo:block id="{ppfo:id(.)}" space-before="10pt" space-after="4pt" keep-with-next.within-page="always"
        text-align="start">
      <xsl:call-template name="ppfo:lang"/>
      <xsl:call-template name="ppfo:blocks">
        <xsl:with-param name="nodes" select="*"/>
      </xsl:call-template>
    </fo:block>
  </xsl:template>

  <xsl:template match="akn:citations | akn:recitals">
    <fo:block id="{ppfo:id(.)}" space-before="6pt">
      <xsl:call-template name="ppfo:lang"/>
      <xsl:call-template name="ppfo:blocks">
        <xsl:with-param name="nodes" select="*"/>
      </xsl:call-template>
    </fo:block>
  </xsl:template>

  <xsl:template match="akn:recitals/akn:intro">
    <fo:block space-before="8pt" keep-with-next.within-page="always">
      <xsl:call-template name="ppfo:blocks">
        <xsl:with-param name="nodes" select="*"/>
      </xsl:call-template>
    </fo:block>
  </xsl:template>

  <!-- ===== Annex heading ============================================================= -->

  <xsl:template match="akn:attachment">
    <xsl:variable name="doc" select="*[1]"/>
    <xsl:variable name="label" select="ppfo:annex-label(.)"/>
    <fo:block id="{ppfo:id(.)}" break-before="page" ppfo:split="before">
      <xsl:call-template name="ppfo:lang"/>
      <xsl:call-template name="ppfo:running-marker">
        <xsl:with-param name="depth" select="1"/>
        <xsl:with-param name="caption" select="ppfo:annex-caption(.)"/>
      </xsl:call-template>
      <fo:block role="H1" font-size="12pt" line-height="16pt" letter-spacing="0.06em" text-align="center"
          hyphenate="false" keep-with-next.within-page="always">
        <xsl:call-template name="ppfo:clear-level-2"/>
        <xsl:value-of select="$label"/>
      </fo:block>
      <xsl:if test="$doc/self::*">
        <fo:block text-align="center" hyphenate="false" space-after="6pt">
          <xsl:call-template name="ppfo:title-line">
            <xsl:with-param name="doc" select="$doc"/>
            <xsl:with-param name="attributes" as="attribute()*">
              <xsl:attribute name="font-size">13pt</xsl:attribute>
              <xsl:attribute name="line-height">17pt</xsl:attribute>
              <xsl:attribute name="space-before">8pt</xsl:attribute>
            </xsl:with-param>
          </xsl:call-template>
        </fo:block>
        <xsl:call-template name="ppfo:cover-matter">
          <xsl:with-param name="doc" select="$doc"/>
          <xsl:with-param name="shown" select="($label, ppfo:annex-title(.))[.]"/>
        </xsl:call-template>
        <xsl:call-template name="ppfo:document-text">
          <xsl:with-param name="doc" select="$doc"/>
        </xsl:call-template>
      </xsl:if>
    </fo:block>
  </xsl:template>

</xsl:stylesheet>
