<?xml version="1.0" encoding="UTF-8"?>
<!--
  The words an edition prints, looked up in the language profile that the Java side passes as
  the map parameter $labels (keys as in profiles/<lang>.properties without the "label." prefix).
  A key the profile lacks falls back to English, so a new language never breaks an edition.
  No other language is ever written here.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:pp="urn:polypress"
    exclude-result-prefixes="#all">

  <xsl:param name="labels" as="map(xs:string, xs:string)" select="map{}"/>

  <xsl:variable name="pp:english-labels" as="map(xs:string, xs:string)" select="map{
      'contents': 'Contents',
      'notes': 'Notes',
      'backToText': 'Back to text',
      'noteRef': 'Note',
      'noteNotInSource': 'The text of this note is not in the source document.',
      'permalink': 'Link to this passage',
      'page': 'Page',
      'pageOf': 'of',
      'documentNumber': 'Document number',
      'date': 'Date',
      'language': 'Language',
      'annex': 'Annex',
      'catalogue': 'Published documents',
      'title': 'Title',
      'editions': 'Editions',
      'report': 'Report',
      'otherLanguages': 'Other languages'
    }"/>

  <!-- The label for $key in the document's language, else English, else the key itself. -->
  <xsl:function name="pp:label" as="xs:string">
    <xsl:param name="key" as="xs:string"/>
    <xsl:sequence select="($labels($key)[normalize-space()], $pp:english-labels($key), $key)[1]"/>
  </xsl:function>

</xsl:stylesheet>
