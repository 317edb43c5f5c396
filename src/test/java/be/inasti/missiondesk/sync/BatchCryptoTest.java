package be.inasti.missiondesk.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import javax.crypto.AEADBadTagException;
import org.junit.jupiter.api.Test;

/** A payload is sealed part by part as the export writes it, and opens as one. */
class BatchCryptoTest {
    private static final byte[] BATCH_ID = "3f2c-batch".getBytes(StandardCharsets.US_ASCII);
    private final KeyPair recipient = BatchCrypto.newKeyPair(BatchCrypto.AGREEMENT);

    @Test
    void aPayloadSealedPartByPartOpensWhole() throws GeneralSecurityException {
        BatchCrypto.Sealed sealed = sealedInParts("{\"operations\"", ":[", "]}");

        byte[] opened = BatchCrypto.open(recipient.getPrivate(), sealed.ephemeralKey(), sealed.nonce(),
                sealed.ciphertext(), BATCH_ID);

        assertThat(new String(opened, StandardCharsets.UTF_8)).isEqualTo("{\"operations\":[]}");
    }

    @Test
    void anotherBatchIdDoesNotOpenIt() throws GeneralSecurityException {
        BatchCrypto.Sealed sealed = sealedInParts("{\"operations\":[]}");
        byte[] otherId = "another-batch".getBytes(StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> BatchCrypto.open(recipient.getPrivate(), sealed.ephemeralKey(), sealed.nonce(),
                sealed.ciphertext(), otherId)).isInstanceOf(AEADBadTagException.class);
    }

    private BatchCrypto.Sealed sealedInParts(String... parts) throws GeneralSecurityException {
        BatchCrypto.Sealing sealing = BatchCrypto.sealing(recipient.getPublic(), BATCH_ID);
        for (String part : parts) {
            sealing.update(part.getBytes(StandardCharsets.UTF_8));
        }
        return sealing.finish();
    }
}
