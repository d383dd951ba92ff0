package dev.rebound.infra.privacy;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * AES-256-GCM from the JDK for one personal value. The stored form names its subject, so a value can be decrypted
 * without knowing which event it came from: {@code rbx1:<subject id>:<base64url(iv ‖ ciphertext ‖ tag)>}. The subject
 * id is bound to the ciphertext as associated data: a value moved to another subject does not decrypt.
 */
final class PersonalDataCipher {

    static final String PREFIX = "rbx1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PersonalDataCipher() {
    }

    static SecretKey newKey() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256, RANDOM);
            return generator.generateKey();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This JDK offers no AES-256", e);
        }
    }

    static SecretKey key(byte[] raw) {
        return new SecretKeySpec(raw, "AES");
    }

    static boolean isEncrypted(String value) {
        return value != null && value.startsWith(PREFIX);
    }

    /** The subject a stored value belongs to, if it is an encrypted value. */
    static Optional<UUID> subjectOf(String stored) {
        if (!isEncrypted(stored)) {
            return Optional.empty();
        }
        int end = stored.indexOf(':', PREFIX.length());
        try {
            return end < 0 ? Optional.empty() : Optional.of(UUID.fromString(stored.substring(PREFIX.length(), end)));
        } catch (IllegalArgumentException notAUuid) {
            return Optional.empty();
        }
    }

    static String encrypt(String plain, UUID subject, SecretKey key) {
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        byte[] sealed = seal(Cipher.ENCRYPT_MODE, key, iv, subject, plain.getBytes(StandardCharsets.UTF_8));
        byte[] stored = ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
        return PREFIX + subject + ":" + Base64.getUrlEncoder().withoutPadding().encodeToString(stored);
    }

    static String decrypt(String stored, UUID subject, SecretKey key) {
        byte[] bytes = Base64.getUrlDecoder().decode(stored.substring(stored.indexOf(':', PREFIX.length()) + 1));
        byte[] iv = Arrays.copyOfRange(bytes, 0, IV_BYTES);
        byte[] sealed = Arrays.copyOfRange(bytes, IV_BYTES, bytes.length);
        return new String(seal(Cipher.DECRYPT_MODE, key, iv, subject, sealed), StandardCharsets.UTF_8);
    }

    /** Wraps (or unwraps) a subject's data key with the master key; the subject id is the associated data. */
    static byte[] wrap(byte[] dataKey, UUID subject, SecretKey masterKey) {
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        byte[] sealed = seal(Cipher.ENCRYPT_MODE, masterKey, iv, subject, dataKey);
        return ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
    }

    static byte[] unwrap(byte[] wrapped, UUID subject, SecretKey masterKey) {
        return seal(Cipher.DECRYPT_MODE, masterKey, Arrays.copyOfRange(wrapped, 0, IV_BYTES), subject,
                Arrays.copyOfRange(wrapped, IV_BYTES, wrapped.length));
    }

    private static byte[] seal(int mode, SecretKey key, byte[] iv, UUID subject, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(subject.toString().getBytes(StandardCharsets.US_ASCII));
            return cipher.doFinal(input);
        } catch (AEADBadTagException tampered) {
            throw new IllegalStateException("Personal data of subject " + subject
                    + " does not decrypt with its key: altered, or encrypted with another key", tampered);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }
}
