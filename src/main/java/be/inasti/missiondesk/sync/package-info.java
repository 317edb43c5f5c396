/**
 * Work travels between installations as batch files: the operation log since the last exchange, signed by the
 * source (Ed25519), encrypted for the destination (X25519 + HKDF-SHA256 + AES-256-GCM), checked in a fixed order
 * on import and applied in one transaction. JDK crypto only.
 *
 * <p>What {@code app.sync.SyncService} uses: {@link be.inasti.missiondesk.sync.SiteKeys} and
 * {@link be.inasti.missiondesk.sync.IdentityFile} to set up and register sites,
 * {@link be.inasti.missiondesk.sync.BatchWriter} to write a batch, {@link be.inasti.missiondesk.sync.ReceivedBatch}
 * and {@link be.inasti.missiondesk.sync.VerifiedBatch} to read, check and open one, and
 * {@link be.inasti.missiondesk.sync.Authorization} to decide what its source may do. The file's format, the crypto
 * and the payload stay inside.
 */
package be.inasti.missiondesk.sync;
