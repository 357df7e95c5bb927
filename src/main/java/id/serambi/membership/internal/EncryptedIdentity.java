package id.serambi.membership.internal;

/** The encrypted NIK and mother's maiden name of an application, with the NIK's blind index and masked form. */
public record EncryptedIdentity(byte[] nikCipher, byte[] nikIndex, String nikMasked, byte[] motherNameCipher) {
}
