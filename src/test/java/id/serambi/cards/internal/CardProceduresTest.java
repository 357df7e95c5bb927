package id.serambi.cards.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;

import org.junit.jupiter.api.Test;

import id.serambi.libraries.Checkpoint;
import id.serambi.libraries.ServiceKind;

class CardProceduresTest {

    private static final CardProcedures.Steps SIDOARJO = new CardProcedures.Steps(Map.of(
            ServiceKind.KTA_DESK, EnumSet.of(Checkpoint.CARD_PRINTED, Checkpoint.CARD_LAMINATED,
                    Checkpoint.CARD_HANDED_OVER),
            ServiceKind.KTA_ONLINE, EnumSet.of(Checkpoint.CARD_REQUESTED, Checkpoint.CARD_HANDED_OVER)));

    @Test
    void aDeskMemberOfSidoarjoHasTheCardLaminatedAnOnlineOneGoesStraightToPickUp() {
        assertThat(SIDOARJO.laminates("DESK")).isTrue();
        assertThat(SIDOARJO.laminates("ONLINE")).isFalse();
        assertThat(SIDOARJO.handsOver("ONLINE")).isTrue();
    }

    @Test
    void aReplacementCardFollowsTheDeskProcedureWhenTheLibraryPublishesNoneForIt() {
        assertThat(SIDOARJO.laminates("REPLACEMENT")).isTrue();
    }

    @Test
    void aProcedureEndingAtPrintingHasNoCardWaitingForPickUp() {
        CardProcedures.Steps jateng = new CardProcedures.Steps(Map.of(ServiceKind.KTA_DESK,
                EnumSet.of(Checkpoint.DATA_VERIFIED, Checkpoint.CARD_PRINTED)));

        assertThat(jateng.laminates("DESK")).isFalse();
        assertThat(jateng.handsOver("DESK")).isFalse();
    }

    @Test
    void aLibraryPublishingNoCardProcedureHandsCardsOverWithoutLaminating() {
        CardProcedures.Steps none = new CardProcedures.Steps(Map.of());

        assertThat(none.laminates("DESK")).isFalse();
        assertThat(none.handsOver("DESK")).isTrue();
    }
}
