<?xml version="1.0" encoding="UTF-8"?>
<!--
  The writer starts each structure element on a line of its own (AknWriter.ON_OWN_LINE). The line
  breaks stand between elements of elements that hold elements only, so they are no text of the
  document: the editions drop them. Elements that hold the document's words (p, heading, num and
  the inlines) are not listed and keep every character.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:akn="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">
  <xsl:strip-space elements="akn:akomaNtoso akn:doc akn:act akn:bill akn:statement akn:debate akn:judgment
      akn:portion akn:documentCollection akn:amendment akn:meta akn:preface akn:preamble akn:body
      akn:mainBody akn:conclusions akn:attachments akn:attachment akn:coverPage akn:citations
      akn:citation akn:recitals akn:recital akn:formula akn:longTitle akn:container akn:book akn:tome
      akn:part akn:subpart akn:title akn:subtitle akn:chapter akn:subchapter akn:section akn:subsection
      akn:article akn:paragraph akn:subparagraph akn:clause akn:subclause akn:list akn:point akn:indent
      akn:alinea akn:level akn:hcontainer akn:blockList akn:item akn:blockContainer akn:tblock akn:toc
      akn:content akn:intro akn:wrapUp akn:quotedStructure akn:embeddedStructure akn:authorialNote"/>
</xsl:stylesheet>
