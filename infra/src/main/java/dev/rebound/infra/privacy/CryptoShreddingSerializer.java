package dev.rebound.infra.privacy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rebound.api.privacy.DataSubject;
import dev.rebound.api.privacy.PersonalData;
import org.axonframework.serialization.Converter;
import org.axonframework.serialization.SerializationException;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;

import javax.crypto.SecretKey;
import java.util.Optional;
import java.util.UUID;

/**
 * Axon's serializer with crypto-shredding: every {@link PersonalData} value of a message is stored encrypted with
 * the key of the message's {@link DataSubject}, and decrypted when read. Once the subject's key is erased, stored
 * values read as {@link PersonalData#ERASED}, and new values of that subject are stored as erased. Everything Axon
 * keeps — events, snapshots, dead letters, deadlines — goes through it, so no copy stays readable.
 *
 * <p>Messages without personal data are left to the wrapped Jackson serializer untouched, and values stored before
 * encryption was introduced are read as they are.
 */
public class CryptoShreddingSerializer implements Serializer {

    private final Serializer delegate;
    private final ObjectMapper mapper;
    private final JdbcPersonalDataKeys keys;

    public CryptoShreddingSerializer(Serializer delegate, ObjectMapper mapper, JdbcPersonalDataKeys keys) {
        this.delegate = delegate;
        this.mapper = mapper;
        this.keys = keys;
    }

    @Override
    public <T> SerializedObject<T> serialize(Object object, Class<T> expectedRepresentation) {
        PersonalDataLayout layout = object == null ? null : PersonalDataLayout.of(object.getClass());
        if (layout == null || !layout.holdsPersonalData()) {
            return delegate.serialize(object, expectedRepresentation);
        }
        if (!(object instanceof DataSubject subject)) {
            throw new SerializationException(object.getClass().getName() + " holds @PersonalData but names no "
                    + "DataSubject: whose key would encrypt it?");
        }
        UUID subjectId = subject.dataSubjectId();
        Optional<SecretKey> key = keys.keyForWriting(subjectId);
        JsonNode tree = mapper.valueToTree(object);
        layout.transform(tree, plain -> key.map(k -> PersonalDataCipher.encrypt(plain, subjectId, k))
                .orElse(PersonalData.ERASED));
        try {
            SerializedObject<byte[]> bytes = new SimpleSerializedObject<>(mapper.writeValueAsBytes(tree), byte[].class,
                    typeForClass(object.getClass()));
            return getConverter().convert(bytes, expectedRepresentation);
        } catch (JsonProcessingException e) {
            throw new SerializationException("Cannot write " + object.getClass().getName(), e);
        }
    }

    @Override
    public <T> boolean canSerializeTo(Class<T> expectedRepresentation) {
        return delegate.canSerializeTo(expectedRepresentation);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <S, T> T deserialize(SerializedObject<S> serializedObject) {
        Class<?> type = classForType(serializedObject.getType());
        PersonalDataLayout layout = PersonalDataLayout.of(type);
        if (!layout.holdsPersonalData()) {
            return delegate.deserialize(serializedObject);
        }
        JsonNode tree = getConverter().convert(serializedObject, JsonNode.class).getData().deepCopy();
        layout.transform(tree, this::decrypt);
        try {
            return (T) mapper.treeToValue(tree, type);
        } catch (JsonProcessingException e) {
            throw new SerializationException("Cannot read " + type.getName(), e);
        }
    }

    private String decrypt(String stored) {
        Optional<UUID> subject = PersonalDataCipher.subjectOf(stored);
        if (subject.isEmpty()) {
            return stored; // stored as erased, or before encryption was introduced
        }
        return keys.keyForReading(subject.get())
                .map(key -> PersonalDataCipher.decrypt(stored, subject.get(), key))
                .orElse(PersonalData.ERASED);
    }

    @Override
    public Class classForType(SerializedType type) {
        return delegate.classForType(type);
    }

    @Override
    public SerializedType typeForClass(Class type) {
        return delegate.typeForClass(type);
    }

    @Override
    public Converter getConverter() {
        return delegate.getConverter();
    }
}
