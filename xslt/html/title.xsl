<?xml version="1.0" encoding="UTF-8"?>
<!--
  The short title of a document from its title and number: pure string functions, shared by the
  HTML edition, the report page and the catalogue.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:pp="urn:polypress"
    exclude-result-prefixes="#all">

  <!--
    The name an act is cited by, when its title starts with it: the Official Journal and EUR-Lex
    print an act's name in capitals ahead of its date and subject ("COMMISSION DELEGATED REGULATION
    (EU) 2024/1772 of 13 March 2024 supplementing ...", "BESCHLUSS (EU) 2016/2025 DES RATES vom
    8. November 2016 ...", "NEUVOSTON ASETUS (EU) 2022/879, annettu ..."). The short title runs from
    the title's first word, which has no lower-case letter, through the document's number, on
    through the words in capitals after it ("DES RATES"), up to the first word with a lower-case
    letter; trailing punctuation is left to the long title. Nothing when the title does not open
    so, or when the short title would be the whole title.
  -->
  <xsl:function name="pp:short-title-of" as="xs:string?">
    <xsl:param name="title" as="xs:string"/>
    <xsl:param name="number" as="xs:string?"/>
    <xsl:variable name="before" select="if (exists($number)) then substring-before($title, $number) else ''"/>
    <xsl:if test="$before ne '' and not(matches(tokenize($before, '\s+')[1], '\p{Ll}'))">
      <xsl:variable name="rest" select="substring-after($title, $before || $number)"/>
      <!-- the characters up to the first lower-case letter, cut back to the last whole word -->
      <xsl:variable name="capitals" select="string(tokenize($rest, '\p{Ll}')[1])"/>
      <xsl:variable name="words" select="if ($capitals eq $rest or not(matches($capitals, '\S$'))) then $capitals
          else replace($capitals, '\S+$', '')"/>
      <xsl:variable name="short" select="replace($before || $number || $words, '[\s,;:.\-–—]+$', '')"/>
      <xsl:sequence select="$short[string-length(.) lt string-length($title)]"/>
    </xsl:if>
  </xsl:function>

</xsl:stylesheet>
