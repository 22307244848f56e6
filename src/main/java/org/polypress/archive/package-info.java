/**
 * The archival package of each publication: a BagIt bag (RFC 8493) made and verified with the
 * Library of Congress's {@code gov.loc:bagit}, holding the original input byte for byte, the
 * editions and the report, with the provenance as PREMIS 3 in a tag file. A pure unit: the route
 * hands it a publication and an output folder and decides when the bag becomes visible.
 */
package org.polypress.archive;
