package be.inasti.missiondesk.sync;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import javax.crypto.Cipher;
import javax.crypto.KDF;
import javax.crypto.KeyAgreement;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.HKDFParameterSpec;

/**
 * The JDK's own primitives, put together once: Ed25519 signatures, and sealing for a recipient with an ephemeral
 * X25519 agreement, HKDF-SHA256 and AES-256-GCM (the batch id is authenticated as associated data).
 */
final class BatchCrypto {
    static final String SIGNING = "Ed25519";
    static final String AGREEMENT = "X25519";
    private static final byte[] INFO = "MissionDesk batch v1".getBytes(StandardCharsets.US_ASCII);
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private BatchCrypto() {
    }

    /** A sealed payload: the sender's one-time public key, the nonce and the ciphertext (with its tag). */
    record Sealed(byte[] ephemeralKey, byte[] nonce, byte[] ciphertext) {
    }

    static KeyPair newKeyPair(String algorithm) {
        try {
            return KeyPairGenerator.getInstance(algorithm).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " is not available in this JDK", e);
        }
    }

    static PublicKey publicKey(String algorithm, byte[] x509) throws GeneralSecurityException {
        return KeyFactory.getInstance(algorithm).generatePublic(new X509EncodedKeySpec(x509));
    }

    static PrivateKey privateKey(String algorithm, byte[] pkcs8) throws GeneralSecurityException {
        return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
    }

    static byte[] sign(PrivateKey key, byte[]... parts) throws GeneralSecurityException {
        Signature s = Signature.getInstance(SIGNING);
        s.initSign(key);
        for (byte[] part : parts) {
            s.update(part);
        }
        return s.sign();
    }

    static boolean verify(PublicKey key, byte[] signature, byte[]... parts) throws GeneralSecurityException {
        Signature s = Signature.getInstance(SIGNING);
        s.initVerify(key);
        for (byte[] part : parts) {
            s.update(part);
        }
        return s.verify(signature);
    }

    /** Starts sealing for a recipient with a fresh one-time key pair and nonce; the payload follows in parts. */
    static Sealing sealing(PublicKey recipient, byte[] associatedData) throws GeneralSecurityException {
        KeyPair ephemeral = newKeyPair(AGREEMENT);
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        byte[] ephemeralKey = ephemeral.getPublic().getEncoded();
        SecretKey key = key(ephemeral.getPrivate(), recipient, ephemeralKey);
        return new Sealing(ephemeralKey, nonce, cipher(Cipher.ENCRYPT_MODE, key, nonce, associatedData));
    }

    /**
     * A payload being sealed as it is written, so the encryption runs while the payload is still being produced;
     * the ciphertext is the one a single call on the whole payload gives.
     */
    static final class Sealing {
        private final byte[] ephemeralKey;
        private final byte[] nonce;
        private final Cipher cipher;
        private final ByteArrayOutputStream ciphertext = new ByteArrayOutputStream();

        private Sealing(byte[] ephemeralKey, byte[] nonce, Cipher cipher) {
            this.ephemeralKey = ephemeralKey;
            this.nonce = nonce;
            this.cipher = cipher;
        }

        void update(byte[] part) {
            byte[] sealed = cipher.update(part);
            if (sealed != null) {
                ciphertext.writeBytes(sealed);
            }
        }

        Sealed finish() throws GeneralSecurityException {
            ciphertext.writeBytes(cipher.doFinal());
            return new Sealed(ephemeralKey, nonce, ciphertext.toByteArray());
        }
    }

    static byte[] open(PrivateKey recipient, byte[] ephemeralKey, byte[] nonce, byte[] ciphertext,
            byte[] associatedData) throws GeneralSecurityException {
        SecretKey key = key(recipient, publicKey(AGREEMENT, ephemeralKey), ephemeralKey);
        return cipher(Cipher.DECRYPT_MODE, key, nonce, associatedData).doFinal(ciphertext);
    }

    /** X25519 shared secret → HKDF-SHA256 (salt: the ephemeral public key) → AES-256 key. */
    private static SecretKey key(PrivateKey own, PublicKey other, byte[] salt) throws GeneralSecurityException {
        KeyAgreement agreement = KeyAgreement.getInstance(AGREEMENT);
        agreement.init(own);
        agreement.doPhase(other, true);
        byte[] shared = agreement.generateSecret();
        KDF hkdf = KDF.getInstance("HKDF-SHA256");
        return hkdf.deriveKey("AES", HKDFParameterSpec.ofExtract().addIKM(shared).addSalt(salt)
                .thenExpand(INFO, 32));
    }

    private static Cipher cipher(int mode, SecretKey key, byte[] nonce, byte[] associatedData)
            throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(associatedData);
        return cipher;
    }
}
