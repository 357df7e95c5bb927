package id.serambi.membership.internal;

import org.springframework.stereotype.Component;

/** Encrypts the identity fields of an application and reads them back. */
@Component
public class Identities {

    static final String NIK = "member.nik";
    static final String MOTHER = "member.mother-maiden-name";

    private final DataCipher cipher;

    Identities(DataCipher cipher) {
        this.cipher = cipher;
    }

    public EncryptedIdentity encrypt(int library, ValidApplication application) {
        return new EncryptedIdentity(cipher.encrypt(NIK, application.nik()), nikIndex(library, application.nik()),
                NikValidator.mask(application.nik()), cipher.encrypt(MOTHER, application.motherMaidenName()));
    }

    public byte[] nikIndex(int library, String nik) {
        return cipher.blindIndex(library, nik.strip());
    }

    /** The member's NIK, or null when none is recorded (imported from a system that had none, or erased). */
    public String nik(MemberRecord member) {
        return member.nikCipher() == null ? null : cipher.decrypt(NIK, member.nikCipher());
    }

    public String motherMaidenName(MemberRecord member) {
        return member.motherNameCipher() == null ? null : cipher.decrypt(MOTHER, member.motherNameCipher());
    }
}
