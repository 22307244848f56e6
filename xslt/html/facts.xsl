<?xml version="1.0" encoding="UTF-8"?>
<!--
  Facts about the Akoma Ntoso document that several HTML modules need: title, number, date,
  expression URI, which elements are headed divisions, heading levels, footnote numbers and
  plain text. Pure functions only; no output.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:pp="urn:polypress"
    xpath-default-namespace="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
    exclude-result-prefixes="#all">

  <xsl:include href="../common/facts.xsl"/>
  <xsl:include href="title.xsl"/>

  <!-- Hierarchical elements that become a <section> with a heading when they have one. -->
  <xsl:variable name="pp:hierarchy-names" as="xs:string+" select="('book', 'tome', 'part', 'subpart',
      'title', 'subtitle', 'chapter', 'subchapter', 'section', 'subsection', 'article', 'division',
      'clause', 'subclause', 'rule', 'subrule', 'level', 'hcontainer', 'transitional', 'miscellaneous')"/>

  <!-- Of those, the ones whose number alone names them ("Chapter II", "Article 3"). -->
  <xsl:variable name="pp:named-by-number" as="xs:string+" select="('book', 'tome', 'part', 'subpart',
      'title', 'subtitle', 'chapter', 'subchapter', 'section', 'subsection', 'article', 'division')"/>

  <!-- Printed numbers that are only list glyphs, not numbers a reader cites. -->
  <xsl:variable name="pp:bullet-glyphs" as="xs:string+"
      select="('•', '·', '–', '—', '-', '−', '‒', '▪', '■', '□', '◦', '○', '●', '*', '►', '➢', '&#xF0A7;', '&#xF0B7;')"/>

  <!-- True for a hierarchical element that gets a <section> and a heading. -->
  <xsl:function name="pp:is-division" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="local-name($e) = $pp:hierarchy-names
        and (exists($e/heading) or (exists($e/num) and local-name($e) = $pp:named-by-number))"/>
  </xsl:function>

  <!--
    The heading rank of a division, an annex or another section heading: the document title is
    h1, top-level divisions and annexes h2, one more for each enclosing division or annex, capped
    at 6. Counting only ancestors that print a heading keeps the outline free of skipped levels.
  -->
  <xsl:function name="pp:heading-rank" as="xs:integer">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="min((6, 2 + count($e/ancestor::attachment)
        + count($e/ancestor::*[pp:is-division(.)])))"/>
  </xsl:function>

  <!-- The document element of an akomaNtoso root: doc, statement, act, bill, ... -->
  <xsl:function name="pp:document" as="element()?">
    <xsl:param name="root" as="node()"/>
    <xsl:sequence select="root($root)/akomaNtoso/*[not(self::components)][1]"/>
  </xsl:function>

  <!-- Text as a reader sees it: notes left out, white space normalised. -->
  <xsl:function name="pp:plain" as="xs:string">
    <xsl:param name="nodes" as="node()*"/>
    <xsl:sequence select="normalize-space(string-join(
        for $n in $nodes return
          if (empty($n/descendant::authorialNote)) then string($n)
          else string-join($n/descendant-or-self::text()[not(ancestor::authorialNote
              except $n/ancestor-or-self::authorialNote)], ''), ''))"/>
  </xsl:function>

  <!-- The facts both editions print: common/facts.xsl, one fallback order. -->
  <xsl:function name="pp:title" as="xs:string">
    <xsl:param name="doc" as="element()"/>
    <xsl:sequence select="(pp:doc-title($doc)[.], normalize-space($doc/@name))[1]"/>
  </xsl:function>

  <!-- The short title of the document (see pp:short-title-of in title.xsl), if its title opens with one. -->
  <xsl:function name="pp:short-title" as="xs:string?">
    <xsl:param name="doc" as="element()"/>
    <xsl:sequence select="pp:short-title-of(pp:title($doc), pp:number($doc))"/>
  </xsl:function>

  <xsl:function name="pp:number" as="xs:string?">
    <xsl:param name="doc" as="element()"/>
    <xsl:sequence select="pp:doc-number($doc)[.]"/>
  </xsl:function>

  <xsl:function name="pp:date" as="xs:string?">
    <xsl:param name="doc" as="element()"/>
    <xsl:sequence select="pp:doc-date($doc)[.]"/>
  </xsl:function>

  <xsl:function name="pp:expression-uri" as="xs:string?">
    <xsl:param name="doc" as="element()"/>
    <xsl:sequence select="pp:doc-expression-uri($doc)[.]"/>
  </xsl:function>

  <!-- An absolute URL for a path ("/akn/eu/...", "html/NAME.html") under a site base. -->
  <xsl:function name="pp:absolute-url" as="xs:string">
    <xsl:param name="iri" as="xs:string"/>
    <xsl:param name="base" as="xs:string"/>
    <xsl:sequence select="iri-to-uri(replace($base, '/+$', '') || (if (starts-with($iri, '/')) then '' else '/') || $iri)"/>
  </xsl:function>

  <!-- A printed number that is only a bullet or dash. -->
  <xsl:function name="pp:is-glyph" as="xs:boolean">
    <xsl:param name="num" as="element()?"/>
    <xsl:sequence select="empty($num) or normalize-space($num) = ('', $pp:bullet-glyphs)"/>
  </xsl:function>

  <!-- 'ol' when every item carries a real number ("a)", "1.", "A."), else 'ul'. -->
  <xsl:function name="pp:list-kind" as="xs:string">
    <xsl:param name="items" as="element()*"/>
    <xsl:sequence select="if (exists($items) and (every $i in $items satisfies not(pp:is-glyph($i/num))))
        then 'ol' else 'ul'"/>
  </xsl:function>

  <!-- The eId a note's links are built from (a generated one if the note has none). -->
  <xsl:function name="pp:note-key" as="xs:string">
    <xsl:param name="note" as="element(authorialNote)"/>
    <xsl:sequence select="(string($note/@eId)[.], 'note-' || generate-id($note))[1]"/>
  </xsl:function>

</xsl:stylesheet>
