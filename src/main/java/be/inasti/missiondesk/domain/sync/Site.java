package be.inasti.missiondesk.domain.sync;

/** A registered installation: id, office, role and public keys (X.509 encoded Ed25519 and X25519). */
public record Site(String id, String office, String role, byte[] signingKey, byte[] agreementKey) {
}
