<?xml version="1.0" encoding="UTF-8"?>
<!--
  Inline markup and footnotes. Semantic inlines (docTitle, organization, date, ...) print as the
  text they wrap; formatting inlines map to FO properties; links become PDF links with alternate
  text; an authorialNote becomes an fo:footnote set at the foot of the page that cites it.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:fox="http://xmlgraphics.apache.org/fop/extensions"
    xmlns:akn="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
    xmlns:ppfo="urn:polypress:fo"
    xmlns:pp="urn:polypress"
    xmlns:fn="http://www.w3.org/2005/xpath-functions"
    exclude-result-prefixes="#all" expand-text="yes">

  <!--
    A word wider than the measure (a run of $ppfo:long-word characters or more without a space: a
    URL, a hash, a string of megabytes) may break anywhere, as browsers break URLs: a zero-width
    space after each of its characters (a base character with its marks) gives FOP a line-break
    opportunity there and prints nothing. Without it FOP sets the word on one line off the page. A
    printed line holds about 90 characters of body text (A4, 10.5 pt): 40 characters is shorter than
    any measure the edition sets (the narrowest is a nested list item's), longer than nearly all
    words (the longest words of the EU languages in running text stay under 40).
    A run longer than $ppfo:long-word-data characters is data, not a word (a line of megabytes):
    it may break after every eighth character, so that FOP weighs as many breaks as in ordinary
    text of that length (words of about 6 letters and a space); a break after every character
    multiplies FOP's memory and time (a 5 MB word ran out of a 1 GB heap).
  -->
  <xsl:variable name="ppfo:long-word" as="xs:integer" select="40"/>
  <xsl:variable name="ppfo:long-word-data" as="xs:integer" select="1000"/>

  <!--
    Whether a text holds a run of $ppfo:long-word characters or more without a space: the test of
    every text node of the document. Whitespace-separated tokens (fn:tokenize#1 splits on the
    same four characters as the regex class \s) measured by their length, not matches($text,
    '\S{40}'): Saxon's regex engine tries a 40-fold repetition at every position of the text, which
    was two thirds of the XSL-FO transformation's time.
  -->
  <xsl:function name="ppfo:has-long-word" as="xs:boolean">
    <xsl:param name="text" as="xs:string"/>
    <xsl:sequence select="string-length($text) ge $ppfo:long-word
        and (some $token in tokenize($text) satisfies string-length($token) ge $ppfo:long-word)"/>
  </xsl:function>

  <xsl:function name="ppfo:breakable" as="xs:string">
    <xsl:param name="text" as="xs:string"/>
    <xsl:sequence select="if (not(ppfo:has-long-word($text))) then $text
        else string-join(analyze-string($text, '\S{' || $ppfo:long-word || ',}')/*
            ! (if (not(self::fn:match)) then string()
               else if (string-length() le $ppfo:long-word-data) then replace(., '(\P{M}\p{M}*)', '$1&#x200B;')
               else replace(., '((\P{M}\p{M}*){8})', '$1&#x200B;')), '')"/>
  </xsl:function>

  <xsl:template match="text()[ppfo:has-long-word(.)]" priority="0.25">
    <xsl:value-of select="ppfo:breakable(.)"/>
  </xsl:template>

  <xsl:template match="akn:b | akn:strong">
    <fo:inline font-weight="bold"><xsl:call-template name="ppfo:lang"/><xsl:apply-templates/></fo:inline>
  </xsl:template>

  <xsl:template match="akn:i | akn:em">
    <fo:inline font-style="italic"><xsl:call-template name="ppfo:lang"/><xsl:apply-templates/></fo:inline>
  </xsl:template>

  <xsl:template match="akn:u">
    <fo:inline text-decoration="underline"><xsl:call-template name="ppfo:lang"/><xsl:apply-templates/></fo:inline>
  </xsl:template>

  <xsl:template match="akn:del">
    <fo:inline text-decoration="line-through"><xsl:call-template name="ppfo:lang"/><xsl:apply-templates/></fo:inline>
  </xsl:template>

  <xsl:template match="akn:sup">
    <fo:inline baseline-shift="super" font-size="70%"><xsl:apply-templates/></fo:inline>
  </xsl:template>

  <xsl:template match="akn:sub">
    <fo:inline baseline-shift="sub" font-size="70%"><xsl:apply-templates/></fo:inline>
  </xsl:template>

  <!-- Any other inline prints its content; one in another language says so for hyphenation and tagging. -->
  <xsl:template match="akn:*[@xml:lang][not(ppfo:is-block(.))]" priority="-0.25">
    <fo:inline xml:lang="{@xml:lang}"><xsl:apply-templates/></fo:inline>
  </xsl:template>

  <!-- A forced line break. -->
  <xsl:template match="akn:eol | akn:br | akn:eop">
    <fo:block/>
  </xsl:template>

  <!--
    A reference: "#eId" to a passage of this document becomes an internal link, an http(s) URI an
    external one; anything else (an AKN IRI outside this document) is printed as plain text.
  -->
  <xsl:template match="akn:ref | akn:rref | akn:dref">
    <xsl:variable name="href" select="normalize-space(@href)"/>
    <xsl:variable name="target" select="if (starts-with($href, '#'))
                                        then key('ppfo:by-eid', substring($href, 2))[1] else ()"/>
    <xsl:choose>
      <xsl:when test="exists($target)">
        <fo:basic-link internal-destination="{ppfo:id($target)}" fox:alt-text="{ppfo:plain(.)}">
          <xsl:apply-templates/>
        </fo:basic-link>
      </xsl:when>
      <xsl:when test="matches($href, '^https?://\S+$')">
        <fo:basic-link external-destination="url('{replace($href, &quot;'&quot;, '%27')}')" fox:alt-text="{$href}">
          <xsl:apply-templates/>
        </fo:basic-link>
      </xsl:when>
      <xsl:otherwise>
        <xsl:apply-templates/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ===== Footnotes ================================================================= -->

  <!--
    The printed label of a note: its own marker, unless markers repeat in the document (the source
    restarted them on each page) or one is missing; then all notes are numbered in document order.
  -->
  <xsl:function name="ppfo:renumber-notes" as="xs:boolean">
    <xsl:param name="doc" as="element()"/>
    <xsl:variable name="notes" select="$doc//akn:authorialNote"/>
    <xsl:sequence select="exists($notes[not(normalize-space(@marker))])
                          or count(distinct-values($notes/normalize-space(@marker))) ne count($notes)"/>
  </xsl:function>

  <xsl:template match="akn:authorialNote">
    <xsl:param name="ppfo:renumber-notes" as="xs:boolean" tunnel="yes" select="false()"/>
    <xsl:variable name="label" as="xs:string">
      <xsl:choose>
        <xsl:when test="$ppfo:renumber-notes">
          <xsl:number level="any" count="akn:authorialNote"/>
        </xsl:when>
        <xsl:otherwise>{normalize-space(@marker)}</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <fo:footnote>
      <fo:inline baseline-shift="super" font-size="65%" font-weight="normal" font-style="normal"
          letter-spacing="normal">{$label}</fo:inline>
      <fo:footnote-body>
        <fo:list-block id="{ppfo:id(.)}" provisional-distance-between-starts="{max((5, 1.6 * string-length($label) + 2.5))}mm"
            provisional-label-separation="1.5mm" start-indent="0pt" end-indent="0pt" text-indent="0pt"
            last-line-end-indent="0pt" space-before="2pt"
            font-size="8pt" line-height="10.5pt" font-weight="normal" font-style="normal"
            letter-spacing="normal" text-align="justify" text-align-last="start"
            linefeed-treatment="treat-as-space" hyphenate="true" color="#1a1a1a">
          <xsl:call-template name="ppfo:lang"/>
          <fo:list-item>
            <fo:list-item-label end-indent="label-end()">
              <fo:block text-align="start">{$label}</fo:block>
            </fo:list-item-label>
            <fo:list-item-body start-indent="body-start()">
              <!-- Called in the text, its body not in the source (an extract cut before its notes). -->
              <xsl:if test="tokenize(@class) = 'notInSource'">
                <fo:block font-style="italic">{pp:label('noteNotInSource')}</fo:block>
              </xsl:if>
              <xsl:call-template name="ppfo:blocks">
                <xsl:with-param name="nodes" select="node()"/>
              </xsl:call-template>
              <xsl:if test="not(node()[self::* or self::text()[normalize-space()]])">
                <fo:block/>
              </xsl:if>
            </fo:list-item-body>
          </fo:list-item>
        </fo:list-block>
      </fo:footnote-body>
    </fo:footnote>
  </xsl:template>

</xsl:stylesheet>
