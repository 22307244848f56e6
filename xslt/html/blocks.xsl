<?xml version="1.0" encoding="UTF-8"?>
<!--
  Block structure: front matter (cover page, preface, preamble), divisions (<section> with a
  real heading), numbered units (paragraphs, points, citations, recitals, items) with their
  printed numbers and permalinks, lists, boxed callouts, tables and annexes.

  Every element that carries an @eId keeps it as its id, so AKN references and permalinks meet.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:pp="urn:polypress"
    xpath-default-namespace="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
    exclude-result-prefixes="#all">

  <!-- Elements whose white-space-only text is the source's indentation, never content. -->
  <xsl:variable name="pp:element-only" as="xs:string+" select="('akomaNtoso', 'doc', 'statement', 'act',
      'bill', 'documentCollection', 'portion', 'amendment', 'judgment', 'debate', 'amendmentList',
      'officialGazette', 'debateReport', 'coverPage', 'preface', 'preamble', 'mainBody', 'body',
      'conclusions', 'attachments', 'attachment', 'components', $pp:hierarchy-names, 'paragraph',
      'subparagraph', 'point', 'indent', 'alinea', 'list', 'citations', 'citation', 'recitals', 'recital',
      'content', 'intro', 'wrapUp', 'blockList', 'item', 'blockContainer', 'container', 'tblock', 'formula',
      'longTitle', 'authorialNote', 'table', 'tr', 'ul', 'ol')"/>

  <xsl:template match="text()[not(normalize-space())][local-name(..) = $pp:element-only]"/>

  <!-- ===================================================================== common attributes -->

  <!-- id from @eId, lang where the element's language differs from the edition's. -->
  <xsl:template name="pp:attributes">
    <xsl:param name="e" as="element()" select="."/>
    <xsl:if test="$e/@eId">
      <xsl:attribute name="id" select="$e/@eId"/>
    </xsl:if>
    <xsl:call-template name="pp:lang">
      <xsl:with-param name="e" select="$e"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="pp:lang">
    <xsl:param name="e" as="element()" select="."/>
    <xsl:variable name="own" select="$e/@xml:lang"/>
    <xsl:variable name="inherited" select="($e/ancestor::*/@xml:lang)[last()]"/>
    <xsl:if test="$own and lower-case($own) ne lower-case(($inherited, $lang)[1])">
      <xsl:attribute name="lang" select="$own"/>
    </xsl:if>
  </xsl:template>

  <!-- The id a heading or contents entry links to: the eId, or a generated "pp-" id. -->
  <xsl:function name="pp:anchor" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="(string($e/@eId)[.], 'pp-' || generate-id($e))[1]"/>
  </xsl:function>

  <!-- The ¶ link to an element, visible on hover and focus (CSS). -->
  <xsl:template name="pp:permalink">
    <xsl:param name="e" as="element()" select="."/>
    <xsl:param name="anchor" as="xs:string?" select="string($e/@eId)[.]"/>
    <xsl:if test="exists($anchor)">
      <xsl:variable name="what" select="(pp:plain($e/num)[not(pp:is-glyph($e/num))],
          pp:plain($e/heading)[.])[1]"/>
      <a class="permalink" href="#{$anchor}"
          aria-label="{string-join((pp:label('permalink'), $what ! ('(' || . || ')')), ' ')}">¶</a>
    </xsl:if>
  </xsl:template>

  <!--
    The children of a container in order, with each run of adjacent points or indents
    gathered into one list.
  -->
  <xsl:template name="pp:children">
    <xsl:param name="nodes" as="element()*" select="*"/>
    <xsl:for-each-group select="$nodes" group-adjacent="exists(self::point | self::indent)">
      <xsl:choose>
        <xsl:when test="current-grouping-key()">
          <xsl:call-template name="pp:list">
            <xsl:with-param name="items" select="current-group()"/>
            <xsl:with-param name="class" select="'points'"/>
          </xsl:call-template>
        </xsl:when>
        <xsl:otherwise>
          <xsl:apply-templates select="current-group()"/>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:for-each-group>
  </xsl:template>

  <!-- A list of numbered units: <ol> when they carry real numbers, <ul> for bullets. -->
  <xsl:template name="pp:list">
    <xsl:param name="items" as="element()*" required="yes"/>
    <xsl:param name="class" as="xs:string" required="yes"/>
    <xsl:param name="id" as="xs:string?" select="()"/>
    <xsl:element name="{pp:list-kind($items)}">
      <xsl:if test="exists($id)">
        <xsl:attribute name="id" select="$id"/>
      </xsl:if>
      <xsl:attribute name="class" select="$class"/>
      <xsl:apply-templates select="$items">
        <xsl:with-param name="as-item" select="true()"/>
      </xsl:apply-templates>
    </xsl:element>
  </xsl:template>

  <!-- ========================================================================= front matter -->

  <xsl:template match="coverPage">
    <div class="cover">
      <xsl:call-template name="pp:attributes"/>
      <xsl:apply-templates/>
    </div>
  </xsl:template>

  <!-- The preface of the main document; a long title the <h1> already says is left out. -->
  <xsl:template match="preface">
    <xsl:variable name="shown" select="* except pp:redundant-long-title(..)"/>
    <xsl:if test="exists($shown)">
      <div class="preface">
        <xsl:call-template name="pp:attributes"/>
        <xsl:apply-templates select="$shown"/>
      </div>
    </xsl:if>
  </xsl:template>

  <!--
    The preface's long title when the document title (the <h1>) already says all of it and it
    holds no note: it is not repeated, and the <h1> takes its eId.
  -->
  <xsl:function name="pp:redundant-long-title" as="element()?">
    <xsl:param name="doc" as="element()"/>
    <xsl:variable name="title" select="pp:title($doc)"/>
    <xsl:sequence select="$doc/preface/longTitle[contains($title, pp:plain(.))][empty(.//authorialNote)][1]"/>
  </xsl:function>

  <xsl:template match="longTitle">
    <div class="long-title">
      <xsl:call-template name="pp:attributes"/>
      <xsl:apply-templates/>
    </div>
  </xsl:template>

  <xsl:template match="preamble">
    <div class="preamble">
      <xsl:call-template name="pp:attributes"/>
      <xsl:call-template name="pp:children"/>
    </div>
  </xsl:template>

  <xsl:template match="formula">
    <div class="formula">
      <xsl:call-template name="pp:attributes"/>
      <xsl:apply-templates/>
    </div>
  </xsl:template>

  <xsl:template match="citations | recitals">
    <div class="{local-name()}">
      <xsl:call-template name="pp:attributes"/>
      <xsl:apply-templates select="* except (citation, recital)"/>
      <xsl:call-template name="pp:list">
        <xsl:with-param name="items" select="citation | recital"/>
        <xsl:with-param name="class" select="'units'"/>
      </xsl:call-template>
    </div>
  </xsl:template>

  <!-- ============================================================================ the body -->

  <xsl:template match="mainBody | body | conclusions">
    <div class="{if (self::conclusions) then 'conclusions' else 'main-body'}">
      <xsl:call-template name="pp:attributes"/>
      <xsl:call-template name="pp:children"/>
    </div>
  </xsl:template>

  <!-- A headed division: <section> with a heading whose rank follows the nesting. -->
  <xsl:template match="*[pp:is-division(.)]" priority="2">
    <xsl:variable name="anchor" select="pp:anchor(.)"/>
    <section id="{$anchor}" class="division {local-name()}">
      <xsl:call-template name="pp:lang"/>
      <xsl:element name="h{pp:heading-rank(.)}">
        <xsl:call-template name="pp:heading-content"/>
        <xsl:call-template name="pp:permalink">
          <xsl:with-param name="anchor" select="$anchor"/>
        </xsl:call-template>
      </xsl:element>
      <xsl:call-template name="pp:children">
        <xsl:with-param name="nodes" select="* except (num, heading)"/>
      </xsl:call-template>
    </section>
  </xsl:template>

  <!-- Number and title of a heading, each in its own span so CSS can set them apart. -->
  <xsl:template name="pp:heading-content">
    <xsl:param name="num" as="element()*" select="num"/>
    <xsl:param name="title" as="node()*" select="heading"/>
    <xsl:for-each select="$num">
      <span class="num">
        <xsl:apply-templates/>
      </span>
      <xsl:if test="exists($title)">
        <xsl:text> </xsl:text>
      </xsl:if>
    </xsl:for-each>
    <xsl:if test="exists($title)">
      <span class="title">
        <xsl:for-each select="$title">
          <xsl:if test="position() gt 1">
            <xsl:text> </xsl:text>
          </xsl:if>
          <xsl:apply-templates select="if (self::heading or self::longTitle) then node() else ."/>
        </xsl:for-each>
      </span>
    </xsl:if>
  </xsl:template>

  <xsl:template match="subheading">
    <p class="subheading">
      <xsl:call-template name="pp:attributes"/>
      <xsl:apply-templates/>
    </p>
  </xsl:template>

  <!-- A heading line inside a division (AKN crossHeading): a heading without a section. -->
  <xsl:template match="crossHeading">
    <xsl:element name="h{pp:heading-rank(.)}">
      <xsl:attribute name="id" select="pp:anchor(.)"/>
      <xsl:attribute name="class" select="'cross-heading'"/>
      <xsl:call-template name="pp:lang"/>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>

  <!--
    A numbered unit: its printed number, then its text. Inside a list it is an <li>, elsewhere
    a <div>. Numbers that are only bullets are hidden from screen readers.
  -->
  <xsl:template match="paragraph | subparagraph | point | indent | alinea | list | citation | recital | item
      | *[local-name() = $pp:hierarchy-names]">
    <xsl:param name="as-item" as="xs:boolean" select="false()"/>
    <xsl:element name="{if ($as-item) then 'li' else 'div'}">
      <xsl:call-template name="pp:attributes"/>
      <xsl:attribute name="class" select="'unit', local-name(),
          if (pp:is-glyph(num)) then 'unnumbered' else (),
          if (empty(num[normalize-space()])) then 'no-num' else ()"/>
      <xsl:call-template name="pp:permalink"/>
      <xsl:for-each select="num[normalize-space()]">
        <span class="num">
          <xsl:if test="pp:is-glyph(.)">
            <xsl:attribute name="aria-hidden" select="'true'"/>
          </xsl:if>
          <xsl:apply-templates/>
        </span>
      </xsl:for-each>
      <div class="unit-body">
        <xsl:for-each select="heading">
          <p class="unit-heading">
            <xsl:apply-templates/>
          </p>
        </xsl:for-each>
        <xsl:call-template name="pp:children">
          <xsl:with-param name="nodes" select="* except (num, heading)"/>
        </xsl:call-template>
      </div>
    </xsl:element>
  </xsl:template>

  <!-- Wrappers without a look of their own: only kept when they carry an id or a language. -->
  <xsl:template match="content | intro | wrapUp">
    <xsl:choose>
      <xsl:when test="@eId or @xml:lang">
        <div class="{lower-case(local-name())}">
          <xsl:call-template name="pp:attributes"/>
          <xsl:call-template name="pp:children"/>
        </div>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="pp:children"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ============================================================================== blocks -->

  <xsl:template match="p">
    <p>
      <xsl:call-template name="pp:attributes"/>
      <xsl:if test="parent::mainBody or parent::body or parent::conclusions or parent::*[pp:is-division(.)]">
        <xsl:attribute name="class" select="'block'"/>
        <xsl:call-template name="pp:permalink"/>
      </xsl:if>
      <xsl:apply-templates/>
    </p>
  </xsl:template>

  <!-- A modification quoting the text it inserts or substitutes, or an extract of another document’s
       text: the paragraph holding it is no paragraph of its own (the quotation is blocks), the
       quotation a blockquote with its marks as printed. -->
  <xsl:template match="p[mod/quotedStructure or embeddedStructure]" priority="2">
    <xsl:apply-templates/>
  </xsl:template>

  <xsl:template match="mod[quotedStructure]">
    <div class="mod">
      <xsl:call-template name="pp:attributes"/>
      <xsl:apply-templates/>
    </div>
  </xsl:template>

  <xsl:template match="quotedStructure | embeddedStructure">
    <blockquote class="{lower-case(local-name())}">
      <xsl:call-template name="pp:attributes"/>
      <xsl:apply-templates/>
    </blockquote>
  </xsl:template>

  <xsl:template match="blockList">
    <div class="block-list">
      <xsl:call-template name="pp:attributes"/>
      <xsl:apply-templates select="listIntroduction"/>
      <xsl:call-template name="pp:list">
        <xsl:with-param name="items" select="item"/>
        <xsl:with-param name="class" select="'items'"/>
      </xsl:call-template>
      <xsl:apply-templates select="listWrapUp"/>
    </div>
  </xsl:template>

  <xsl:template match="listIntroduction | listWrapUp">
    <p class="{if (self::listIntroduction) then 'list-intro' else 'list-wrap-up'}">
      <xsl:call-template name="pp:attributes"/>
      <xsl:apply-templates/>
    </p>
  </xsl:template>

  <!-- A boxed callout. -->
  <xsl:template match="blockContainer[tokenize(@class) = 'box']" priority="2">
    <aside class="box">
      <xsl:call-template name="pp:attributes"/>
      <xsl:call-template name="pp:children"/>
    </aside>
  </xsl:template>

  <xsl:template match="blockContainer | container | tblock">
    <div class="{string-join((lower-case(local-name()), @name[matches(., '^[A-Za-z][\w-]*$')]), ' ')}">
      <xsl:call-template name="pp:attributes"/>
      <xsl:for-each select="(num, heading)[1]">
        <p class="unit-heading">
          <xsl:apply-templates select="../num/node()"/>
          <xsl:if test="../num and ../heading">
            <xsl:text> </xsl:text>
          </xsl:if>
          <xsl:apply-templates select="../heading/node()"/>
        </p>
      </xsl:for-each>
      <xsl:call-template name="pp:children">
        <xsl:with-param name="nodes" select="* except (num, heading)"/>
      </xsl:call-template>
    </div>
  </xsl:template>

  <!-- HTML-like AKN lists and tables map to their HTML namesakes. -->
  <xsl:template match="ul | ol | li | table | caption | tr | th | td">
    <xsl:element name="{local-name()}">
      <xsl:call-template name="pp:attributes"/>
      <xsl:copy-of select="@rowspan[. castable as xs:positiveInteger], @colspan[. castable as xs:positiveInteger]"/>
      <xsl:choose>
        <xsl:when test="self::table">
          <xsl:apply-templates select="caption"/>
          <tbody>
            <xsl:apply-templates select="tr"/>
          </tbody>
        </xsl:when>
        <xsl:otherwise>
          <xsl:apply-templates/>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:element>
  </xsl:template>

  <!-- A printed table of contents is navigation of the source, not text: the edition makes its own. -->
  <xsl:template match="toc | tocItem | meta | componentRef | documentRef"/>

  <!-- =========================================================================== annexes -->

  <xsl:template match="attachments">
    <xsl:apply-templates select="attachment"/>
  </xsl:template>

  <!--
    An annex: its own <section> after the body. Its heading is the printed annex label (the
    preface's docType, else "Annex n") and its long title; the preface shows what is left.
  -->
  <xsl:template match="attachment">
    <xsl:variable name="doc" select="*[not(self::meta)][1]" as="element()?"/>
    <xsl:variable name="label-p" select="$doc/preface/p[docType][pp:plain(.) eq pp:plain(docType)][1]"/>
    <xsl:variable name="long-title" select="$doc/preface/longTitle[1]"/>
    <xsl:variable name="count" select="count(../attachment)"/>
    <xsl:variable name="anchor" select="pp:anchor(.)"/>
    <section id="{$anchor}" class="annex">
      <xsl:call-template name="pp:lang"/>
      <xsl:element name="h{pp:heading-rank(.)}">
        <xsl:attribute name="class" select="'annex-heading'"/>
        <span class="num">
          <xsl:if test="$label-p/@eId">
            <xsl:attribute name="id" select="$label-p/@eId"/>
          </xsl:if>
          <xsl:choose>
            <xsl:when test="$label-p">
              <xsl:apply-templates select="$label-p/node()"/>
            </xsl:when>
            <xsl:otherwise>
              <xsl:value-of select="string-join((pp:label('annex'),
                  if ($count gt 1) then string(count(preceding-sibling::attachment) + 1) else ()), ' ')"/>
            </xsl:otherwise>
          </xsl:choose>
        </span>
        <xsl:variable name="title" select="if ($long-title) then $long-title/node()
            else $doc/meta/identification/FRBRWork/FRBRname/@value[normalize-space()]"/>
        <xsl:if test="exists($title)">
          <xsl:text> </xsl:text>
          <span class="title">
            <xsl:if test="$long-title/@eId">
              <xsl:attribute name="id" select="$long-title/@eId"/>
            </xsl:if>
            <xsl:for-each select="$title">
              <xsl:choose>
                <xsl:when test=". instance of attribute()">
                  <xsl:value-of select="."/>
                </xsl:when>
                <xsl:when test="self::p[@eId]">
                  <span id="{@eId}">
                    <xsl:apply-templates/>
                  </span>
                </xsl:when>
                <xsl:when test="self::p">
                  <xsl:apply-templates/>
                </xsl:when>
                <xsl:otherwise>
                  <xsl:apply-templates select="."/>
                </xsl:otherwise>
              </xsl:choose>
            </xsl:for-each>
          </span>
        </xsl:if>
        <xsl:call-template name="pp:permalink">
          <xsl:with-param name="anchor" select="$anchor"/>
        </xsl:call-template>
      </xsl:element>
      <xsl:variable name="preface-rest" select="$doc/preface/(* except ($label-p, $long-title))"/>
      <xsl:if test="exists($preface-rest)">
        <div class="preface">
          <xsl:apply-templates select="$preface-rest"/>
        </div>
      </xsl:if>
      <xsl:apply-templates select="$doc/(coverPage, preamble, mainBody, body, conclusions, attachments)"/>
    </section>
  </xsl:template>

</xsl:stylesheet>
