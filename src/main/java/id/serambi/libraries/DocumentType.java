package id.serambi.libraries;

/** Identity documents a patron may show (the photocopies the standards ask for). */
public enum DocumentType {
    KTP, KK, KIA, SIM, KARTU_PELAJAR, KTM, KARTU_PEGAWAI, KARTU_ANGGOTA_LAMA, PASPOR
}
