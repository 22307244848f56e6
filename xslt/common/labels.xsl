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
      'otherLanguages': 'Other languages',
      'sideBySide': 'Side by side',
      'missingUnit': 'Not in this language version.',
      'report.unsure': 'To check',
      'report.nothingUnsure': 'Nothing: the pipeline was sure of every repair.',
      'report.pages': 'Pages',
      'report.pageEvidence': 'pages from',
      'report.furniture': 'Furniture lines removed',
      'report.hyphens': 'Line-end hyphens',
      'report.hyphensJoined': 'Hyphens joined',
      'report.hyphensKept': 'Hyphens kept',
      'report.notes': 'Notes',
      'report.notesUnlinked': 'Notes without a marker',
      'report.blocks': 'Blocks',
      'report.warnings': 'Warnings',
      'report.warning': 'Warning',
      'report.noteUnlinked': 'Marker not found: the note is called at the end of its page''s text',
      'report.noteNotInSource': 'Called in the text, its text not in the source',
      'report.hyphenUndecided': 'Hyphen joined without evidence',
      'report.unclassified': 'Not placed in the structure',
      'report.see': 'See in the edition',
      'report.line': 'Line as printed',
      'report.printed': 'As printed',
      'report.edition': 'In the edition',
      'report.why': 'Why',
      'report.marker': 'Marker',
      'report.sentence': 'Sentence of the marker',
      'report.leftOut': '{0} more are counted but not listed.',
      'report.why.digit': 'kept: a digit follows',
      'report.why.suspended': 'kept: a suspended compound',
      'report.why.real-hyphen': 'kept: a capital follows, or an acronym precedes',
      'report.why.document': 'as the document writes the word elsewhere',
      'report.why.compounds': 'as the document writes compounds on the same first part',
      'report.why.word-list': 'as the language''s word list has it',
      'report.why.default': 'joined: no evidence either way',
      'catalogue.type': 'Type',
      'catalogue.reference': 'Reference',
      'catalogue.languages': 'Languages',
      'catalogue.state': 'State',
      'catalogue.published': 'Published',
      'catalogue.count': '{0} works.',
      'catalogue.byYear': 'By year',
      'catalogue.undated': 'undated',
      'catalogue.failed': 'Failed inputs',
      'catalogue.input': 'Input',
      'catalogue.stage': 'Stage',
      'catalogue.reason': 'Reason',
      'catalogue.shown': '{0} of {1} works shown',
      'catalogue.sortBy': 'Sort by',
      'catalogue.search': 'Words',
      'catalogue.filter.type': 'Type',
      'catalogue.filter.lang': 'Language',
      'catalogue.filter.year': 'Year',
      'catalogue.all': 'All'
    }"/>

  <!-- The label for $key in the document's language, else English, else the key itself. -->
  <xsl:function name="pp:label" as="xs:string">
    <xsl:param name="key" as="xs:string"/>
    <xsl:sequence select="($labels($key)[normalize-space()], $pp:english-labels($key), $key)[1]"/>
  </xsl:function>

</xsl:stylesheet>
