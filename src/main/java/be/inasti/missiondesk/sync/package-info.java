/**
 * Work travels between installations as batch files: the operation log since the last exchange, signed by the
 * source (Ed25519), encrypted for the destination (X25519 + HKDF-SHA256 + AES-256-GCM), checked in a fixed order
 * on import and applied in one transaction. JDK crypto only.
 */
package be.inasti.missiondesk.sync;
