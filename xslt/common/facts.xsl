<?xml version="1.0" encoding="UTF-8"?>
<!--
  The facts of a document that both editions print (the HTML page's head, bar and H1; the PDF's
  title block, running header and metadata) and the report page shows: title, number, date,
  institution, expression URI. One definition, one fallback order each, so the two editions
  never name a document differently. Each function takes the document element (doc, statement,
  act, ...), so that annexes, which are whole documents, are served the same way; each returns a
  string, '' when the document says nothing. Included by html/facts.xsl and fo/facts.xsl, which
  keep their own names for these facts.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:pp="urn:polypress"
    xpath-default-namespace="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
    exclude-result-prefixes="#all">

  <!-- A fact's text: notes left out (at the node's own depth of notes), spaces normalised. -->
  <xsl:function name="pp:fact-text" as="xs:string">
    <xsl:param name="node" as="node()?"/>
    <xsl:variable name="depth" select="count($node/ancestor-or-self::authorialNote)"/>
    <xsl:sequence select="if ($node instance of element())
        then normalize-space(string-join($node//text()[count(ancestor::authorialNote) = $depth], ''))
        else normalize-space(string($node))"/>
  </xsl:function>

  <!--
    The title: the FRBR name, the cover page's, preface's or preamble's docTitle, the preface's
    longTitle; '' when the document has none. What stands in for a missing title is each
    edition's: the HTML page's <title> names the document's kind (@name), the PDF's metadata its
    FRBR IRI, which the PDF never prints as a title.
  -->
  <xsl:function name="pp:doc-title" as="xs:string">
    <xsl:param name="doc" as="element()"/>
    <xsl:sequence select="($doc/meta/identification/FRBRWork/FRBRname/@value ! normalize-space()[.],
                           ($doc/(coverPage, preface, preamble)//docTitle)[1] ! pp:fact-text(.)[.],
                           ($doc/preface/longTitle)[1] ! pp:fact-text(.)[.],
                           '')[1]"/>
  </xsl:function>

  <!-- The number: the FRBR number, else the cover page's or preface's docNumber. -->
  <xsl:function name="pp:doc-number" as="xs:string">
    <xsl:param name="doc" as="element()"/>
    <xsl:sequence select="($doc/meta/identification/FRBRWork/FRBRnumber/@value ! normalize-space()[.],
                           ($doc/(coverPage, preface)//docNumber)[1] ! pp:fact-text(.)[.],
                           '')[1]"/>
  </xsl:function>

  <!--
    The ISO date (yyyy-mm-dd): the FRBR work's date, else the first docDate's. A "generation"
    date is when Polypress ran, not a date of the document: it is never one.
  -->
  <xsl:function name="pp:doc-date" as="xs:string">
    <xsl:param name="doc" as="element()"/>
    <xsl:sequence select="($doc/meta/identification/FRBRWork/FRBRdate[not(@name = 'generation')]/@date
                              [. castable as xs:date] ! string(),
                           ($doc//docDate/@date[. castable as xs:date])[1] ! string(),
                           '')[1]"/>
  </xsl:function>

  <!--
    The issuing institution: the cover page's organization, the preface's authority, the FRBR
    author - unless the FRBR author is the metadata's own source (identification/@source, the
    generator, named when the text names no author): a generator is not an institution.
  -->
  <xsl:function name="pp:doc-institution" as="xs:string">
    <xsl:param name="doc" as="element()"/>
    <xsl:variable name="author" select="string($doc/meta/identification/FRBRWork/FRBRauthor/@href)"/>
    <xsl:variable name="author-ref" select="if ($author = string($doc/meta/identification/@source)) then ''
                                            else substring-after($author, '#')"/>
    <xsl:sequence select="(($doc/coverPage//organization)[1] ! pp:fact-text(.)[.],
                           ($doc/preface//(docAuthority, organization))[1] ! pp:fact-text(.)[.],
                           root($doc)//references/*[@eId = $author-ref]/@showAs ! normalize-space()[.],
                           '')[1]"/>
  </xsl:function>

  <!-- The expression IRI (FRBRExpression/FRBRthis). -->
  <xsl:function name="pp:doc-expression-uri" as="xs:string">
    <xsl:param name="doc" as="element()"/>
    <xsl:sequence select="normalize-space($doc/meta/identification/FRBRExpression/FRBRthis/@value)"/>
  </xsl:function>

</xsl:stylesheet>
