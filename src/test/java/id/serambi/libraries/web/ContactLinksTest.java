package id.serambi.libraries.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import id.serambi.libraries.ChannelType;

class ContactLinksTest {

    final ContactLinks links = new ContactLinks();

    @Test
    void anEmailContactIsAMailtoLink() {
        assertThat(links.href(ChannelType.EMAIL, "perpusdajateng@yahoo.com")).isEqualTo("mailto:perpusdajateng@yahoo.com");
    }

    @Test
    void aWebAddressIsAnHttpsLinkAndAWrittenOutOneIsKept() {
        assertThat(links.href(ChannelType.WEBSITE, "e-perpus.sidoarjokab.go.id"))
                .isEqualTo("https://e-perpus.sidoarjokab.go.id");
        assertThat(links.href(ChannelType.WEBSITE, "http://dissiptaka.baritoutarakab.go.id"))
                .isEqualTo("http://dissiptaka.baritoutarakab.go.id");
        assertThat(links.href(ChannelType.INSTAGRAM,
                "eperpus.sidoarjokab.go.id (https://www.instagram.com/eperpus.sidoarjokab.go.id)"))
                .isEqualTo("https://www.instagram.com/eperpus.sidoarjokab.go.id");
    }

    @Test
    void boxesTelephonesAndStreetsAreNoLinks() {
        assertThat(links.href(ChannelType.SUGGESTION_BOX, "Kotak saran")).isNull();
        assertThat(links.href(ChannelType.PHONE, "(0333) 421 197")).isNull();
        assertThat(links.href(ChannelType.ADDRESS, "Jl. Jaksa Agung Suprpto No.5, Sidoarjo")).isNull();
        assertThat(links.href(ChannelType.EMAIL, "Kotak surat di lobi")).isNull();
    }

    @Test
    void indonesiasTimeZonesGoByTheirTimetableNames() {
        assertThat(links.zone(ZoneId.of("Asia/Jakarta"))).isEqualTo("WIB");
        assertThat(links.zone(ZoneId.of("Asia/Pontianak"))).isEqualTo("WIB");
        assertThat(links.zone(ZoneId.of("Asia/Makassar"))).isEqualTo("WITA");
        assertThat(links.zone(ZoneId.of("Asia/Jayapura"))).isEqualTo("WIT");
    }
}
