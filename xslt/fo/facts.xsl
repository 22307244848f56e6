<?xml version="1.0" encoding="UTF-8"?>
<!--
  Facts about a document that the title block, the running header and the PDF metadata share:
  title, number, date, institution (defined once for both editions in common/facts.xsl), kind. Each function takes the document element (doc,
  statement, act, ...) so that annexes, which are whole documents, are served the same way.
  Also the small text helpers every module uses (plain text without notes, shortening, ids).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:akn="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
    xmlns:ppfo="urn:polypress:fo"
    xmlns:pp="urn:polypress"
    exclude-result-prefixes="#all">

  <!-- Title, number, date, institution and expression URI: common/facts.xsl, as the HTML edition's. -->
  <xsl:include href="../common/facts.xsl"/>

  <xsl:key name="ppfo:by-eid" match="*[@eId]" use="string(@eId)"/>

  <!-- The text of a node as a reader sees it in running text: notes left out, spaces normalised. -->
  <xsl:function name="ppfo:plain" as="xs:string">
    <xsl:param name="node" as="node()?"/>
    <xsl:variable name="depth" select="count($node/ancestor-or-self::akn:authorialNote)"/>
    <xsl:sequence select="if ($node instance of element())
        then normalize-space(string-join($node//text()[count(ancestor::akn:authorialNote) = $depth], ''))
        else normalize-space(string($node))"/>
  </xsl:function>

  <!-- $text cut at a word boundary to at most $max characters, with an ellipsis when cut. -->
  <xsl:function name="ppfo:shorten" as="xs:string">
    <xsl:param name="text" as="xs:string"/>
    <xsl:param name="max" as="xs:integer"/>
    <xsl:sequence select="if (string-length($text) le $max) then $text
        else replace(substring($text, 1, $max), '\s+\S*$', '') || '&#x2026;'"/>
  </xsl:function>

  <!-- The FO id of an element: its eId when that is a usable, first-seen id; else a generated one. -->
  <xsl:function name="ppfo:id" as="xs:string">
    <xsl:param name="element" as="element()"/>
    <xsl:variable name="eid" select="string($element/@eId)"/>
    <xsl:sequence select="if ($eid castable as xs:NCName
                              and key('ppfo:by-eid', $eid, root($element))[1] is $element)
                          then $eid else 'ppfo-' || generate-id($element)"/>
  </xsl:function>

  <xsl:function name="ppfo:work" as="element(akn:FRBRWork)?">
    <xsl:param name="doc" as="element()"/>
    <xsl:sequence select="$doc/akn:meta/akn:identification/akn:FRBRWork"/>
  </xsl:function>

  <xsl:function name="ppfo:title" as="xs:string">
    <xsl:param name="doc" as="element()"/>
    <xsl:sequence select="(pp:doc-title($doc)[.], string(ppfo:work($doc)/akn:FRBRthis/@value))[1]"/>
  </xsl:function>

  <xsl:function name="ppfo:number" as="xs:string">
    <xsl:param name="doc" as="element()"/>
    <xsl:sequence select="pp:doc-number($doc)"/>
  </xsl:function>

  <!-- ISO date of the work (yyyy-mm-dd) or the empty string (common/facts.xsl). -->
  <xsl:function name="ppfo:iso-date" as="xs:string">
    <xsl:param name="doc" as="element()"/>
    <xsl:sequence select="pp:doc-date($doc)"/>
  </xsl:function>

  <!-- The date as printed in the source (its docDate), else the ISO date, which reads in any language. -->
  <xsl:function name="ppfo:display-date" as="xs:string">
    <xsl:param name="doc" as="element()"/>
    <xsl:variable name="iso" select="ppfo:iso-date($doc)"/>
    <xsl:sequence select="(($doc/(akn:coverPage, akn:preface)//akn:docDate[@date = $iso or not($iso)])[1]
                              ! ppfo:plain(.)[.],
                           $iso)[1]"/>
  </xsl:function>

  <!-- The issuing institution (common/facts.xsl). -->
  <xsl:function name="ppfo:institution" as="xs:string">
    <xsl:param name="doc" as="element()"/>
    <xsl:sequence select="pp:doc-institution($doc)"/>
  </xsl:function>

  <!-- The kind of document as the source names it ("OUTCOME OF PROCEEDINGS", "Resolution"). -->
  <xsl:function name="ppfo:doc-type" as="xs:string">
    <xsl:param name="doc" as="element()"/>
    <xsl:sequence select="(($doc/(akn:coverPage, akn:preface)//akn:docType)[1] ! ppfo:plain(.)[.], '')[1]"/>
  </xsl:function>

  <xsl:function name="ppfo:expression-uri" as="xs:string">
    <xsl:param name="doc" as="element()"/>
    <xsl:sequence select="pp:doc-expression-uri($doc)"/>
  </xsl:function>

  <!-- Elements that carry a heading and hold further structure (the entries of the contents). -->
  <xsl:function name="ppfo:is-container" as="xs:boolean">
    <xsl:param name="e" as="node()"/>
    <xsl:sequence select="exists($e/(self::akn:part | self::akn:book | self::akn:tome | self::akn:title
        | self::akn:subtitle | self::akn:chapter | self::akn:subchapter | self::akn:section
        | self::akn:subsection | self::akn:subpart | self::akn:article | self::akn:division
        | self::akn:level | self::akn:hcontainer | self::akn:clause | self::akn:subclause
        | self::akn:rule | self::akn:subrule | self::akn:transitional))"/>
  </xsl:function>

  <!-- 1 for a container directly in a body, 2 for one inside it, and so on. -->
  <xsl:function name="ppfo:depth" as="xs:integer">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="count($e/ancestor-or-self::*[ppfo:is-container(.)])"/>
  </xsl:function>

  <!-- "num heading" of a container, as plain text for the contents, bookmarks and header. -->
  <xsl:function name="ppfo:caption" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="normalize-space(string-join(($e/akn:num, $e/akn:heading) ! ppfo:plain(.), ' '))"/>
  </xsl:function>

  <!--
    A number that is a word label ("Chapter I", "Article 5", "ΜΕΡΟΣ ΠΡΩΤΟ", "ΤΜΗΜΑ 1"): a word of
    two letters or more plus something else. "2.1", "II." or "a)" are plain numbers.
  -->
  <xsl:function name="ppfo:is-word-label" as="xs:boolean">
    <xsl:param name="num" as="element(akn:num)?"/>
    <xsl:variable name="text" select="ppfo:plain($num)"/>
    <xsl:sequence select="matches($text, '\p{L}{2,}') and matches($text, '\S\s+\S')"/>
  </xsl:function>

</xsl:stylesheet>
