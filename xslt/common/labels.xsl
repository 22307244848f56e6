<?xml version="1.0" encoding="UTF-8"?>
<!--
  The words an edition prints, resolved here from the label files beside the stylesheets:
  labels/<lang>.xml for the language of $lang (declared by every stylesheet that includes this
  one), then labels/<language>.xml for a regional code ("pt-BR" reads pt.xml), then labels/en.xml,
  then the key itself, as DITA-OT resolves its cfg/common/vars/<lang>.xml. A key a translation
  lacks is printed in English, so a new language never breaks an edition; a stylesheet folder
  without labels/ prints the keys. No word of any language is written in a stylesheet.

  A label may hold parameters by name, "Page {page} of {total}": pp:label($key, $params) fills
  them in as text, pp:label-content($key, $params) as nodes (an fo:page-number), so each
  language sets its own word order ("{total} / {page}. oldal"). A parameter the caller does not
  give stays as written, for a translator to see.

  $labels, a map from key to text, may still be passed to override the files (a deployment's own
  words); the pipeline passes none.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:pp="urn:polypress"
    exclude-result-prefixes="#all">

  <xsl:param name="labels" as="map(xs:string, xs:string)" select="map{}"/>

  <!-- The label files in fallback order, those present only. -->
  <xsl:variable name="pp:label-files" as="document-node()*" select="
      for $code in distinct-values((lower-case($lang), lower-case(substring-before($lang || '-', '-')), 'en'))
      return (for $uri in resolve-uri('../labels/' || $code || '.xml', static-base-uri())
              return if (doc-available($uri)) then doc($uri) else ())"/>

  <!-- The label for $key in the document's language, else English, else the key itself. -->
  <xsl:function name="pp:label" as="xs:string">
    <xsl:param name="key" as="xs:string"/>
    <xsl:sequence select="($labels($key)[normalize-space()],
        (for $file in $pp:label-files return $file/labels/label[@key = $key][normalize-space()])[1]/string(),
        $key)[1]"/>
  </xsl:function>

  <!-- The label with its {name} parameters replaced by the values of $params, as text. -->
  <xsl:function name="pp:label" as="xs:string">
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="params" as="map(xs:string, item()*)"/>
    <xsl:sequence select="string-join(pp:label-content($key, $params) ! string())"/>
  </xsl:function>

  <!-- The label with its {name} parameters replaced by the items of $params: text and nodes. -->
  <xsl:function name="pp:label-content" as="item()*">
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="params" as="map(xs:string, item()*)"/>
    <xsl:analyze-string select="pp:label($key)" regex="\{{(\w+)\}}">
      <xsl:matching-substring>
        <xsl:sequence select="if (map:contains($params, regex-group(1))) then $params(regex-group(1)) else ."
            xmlns:map="http://www.w3.org/2005/xpath-functions/map"/>
      </xsl:matching-substring>
      <xsl:non-matching-substring>
        <xsl:value-of select="."/>
      </xsl:non-matching-substring>
    </xsl:analyze-string>
  </xsl:function>

</xsl:stylesheet>
