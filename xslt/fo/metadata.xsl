<?xml version="1.0" encoding="UTF-8"?>
<!--
  Document metadata for the PDF: XMP in fo:declarations (FOP copies title, author, subject and
  keywords into the document information dictionary, as PDF/A requires them to agree) and a
  catalog entry asking viewers to show the title rather than the file name (PDF/UA).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:akn="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
    xmlns:foppdf="http://xmlgraphics.apache.org/fop/extensions/pdf"
    xmlns:x="adobe:ns:meta/"
    xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
    xmlns:ppfo="urn:polypress:fo"
    exclude-result-prefixes="#all" expand-text="yes">

  <!-- Keywords: number, kind, country and language, the facts a catalogue searches by. -->
  <xsl:function name="ppfo:keywords" as="xs:string*">
    <xsl:param name="doc" as="element()"/>
    <xsl:variable name="work" select="ppfo:work($doc)"/>
    <xsl:sequence select="distinct-values((ppfo:number($doc), ppfo:doc-type($doc), string($doc/@name),
        string($work/akn:FRBRcountry/@value),
        string($doc/akn:meta/akn:identification/akn:FRBRExpression/akn:FRBRlanguage/@language))[normalize-space()])"/>
  </xsl:function>

  <xsl:template name="ppfo:declarations">
    <xsl:param name="doc" as="element()"/>
    <xsl:param name="lang" as="xs:string"/>
    <xsl:variable name="title" select="ppfo:title($doc)"/>
    <xsl:variable name="author" select="ppfo:institution($doc)"/>
    <xsl:variable name="subject" select="(ppfo:doc-type($doc)[.], $title)[1]"/>
    <xsl:variable name="keywords" select="ppfo:keywords($doc)"/>
    <fo:declarations>
      <x:xmpmeta>
        <rdf:RDF>
          <rdf:Description rdf:about="">
            <dc:title>
              <rdf:Alt>
                <rdf:li xml:lang="x-default">{$title}</rdf:li>
                <rdf:li xml:lang="{$lang}">{$title}</rdf:li>
              </rdf:Alt>
            </dc:title>
            <xsl:if test="$author">
              <dc:creator>
                <rdf:Seq><rdf:li>{$author}</rdf:li></rdf:Seq>
              </dc:creator>
            </xsl:if>
            <dc:description>
              <rdf:Alt><rdf:li xml:lang="x-default">{$subject}</rdf:li></rdf:Alt>
            </dc:description>
            <dc:language>
              <rdf:Bag><rdf:li>{$lang}</rdf:li></rdf:Bag>
            </dc:language>
            <xsl:if test="exists($keywords)">
              <dc:subject>
                <rdf:Bag>
                  <xsl:for-each select="$keywords"><rdf:li>{.}</rdf:li></xsl:for-each>
                </rdf:Bag>
              </dc:subject>
            </xsl:if>
            <xsl:for-each select="ppfo:expression-uri($doc)[.]">
              <dc:identifier>{.}</dc:identifier>
            </xsl:for-each>
            <!-- The work this expression realises, the same IRI in every language version (FRBRWork/FRBRuri). -->
            <xsl:for-each select="string(ppfo:work($doc)/akn:FRBRuri/@value)[.]">
              <dc:relation>
                <rdf:Bag><rdf:li>{.}</rdf:li></rdf:Bag>
              </dc:relation>
            </xsl:for-each>
          </rdf:Description>
          <rdf:Description rdf:about="">
            <pdf:Keywords>{string-join($keywords, '; ')}</pdf:Keywords>
          </rdf:Description>
          <rdf:Description rdf:about="">
            <xmp:CreatorTool>Polypress</xmp:CreatorTool>
          </rdf:Description>
        </rdf:RDF>
      </x:xmpmeta>
      <foppdf:catalog>
        <foppdf:dictionary type="normal" key="ViewerPreferences">
          <foppdf:boolean key="DisplayDocTitle">true</foppdf:boolean>
        </foppdf:dictionary>
      </foppdf:catalog>
    </fo:declarations>
  </xsl:template>

</xsl:stylesheet>
