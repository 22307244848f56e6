<?xml version="1.0" encoding="UTF-8"?>
<!--
  The fragment variant: the <article> alone, for embedding in another site's page. Every class
  gets the prefix "pp-" so the host's styles and ours cannot meet by accident; ids stay as they
  are (eIds, and "pp-", "fn-", "fnref-" ids of our own).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:pp="urn:polypress"
    exclude-result-prefixes="#all">

  <xsl:mode name="pp:fragment" on-no-match="shallow-copy"/>

  <xsl:template match="@class" mode="pp:fragment">
    <xsl:attribute name="class" select="'pp-' || replace(normalize-space(.), ' ', ' pp-')"/>
  </xsl:template>

</xsl:stylesheet>
