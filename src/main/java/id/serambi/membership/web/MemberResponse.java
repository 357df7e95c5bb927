package id.serambi.membership.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import id.serambi.membership.MemberHistoryEntry;
import id.serambi.membership.MemberStatus;
import id.serambi.membership.MemberView;

/**
 * One member as {@code GET /api/v1/libraries/{lib}/members/{memberNumber}} answers it; the API's own shape, so that
 * what the module shows other modules can grow without changing the answer.
 */
record MemberResponse(Member member, List<String> documents, List<HistoryItem> history, HomeRegionView homeRegion) {

    static MemberResponse of(MemberView member, List<String> documents, List<MemberHistoryEntry> history,
            HomeRegionView homeRegion) {
        return new MemberResponse(Member.of(member), documents, history.stream().map(HistoryItem::of).toList(),
                homeRegion);
    }

    /** The member, NIK masked. */
    record Member(long memberId, String memberNumber, String fullName, String categoryCode, String categoryName,
            MemberStatus status, LocalDate registeredOn, LocalDate expiresOn, String phoneE164, String email,
            String institution, String nikMasked, String birthPlace, LocalDate birthDate, String sex,
            String address, String channel, String replaces, String replacedBy) {

        static Member of(MemberView m) {
            return new Member(m.memberId(), m.memberNumber(), m.fullName(), m.categoryCode(), m.categoryName(),
                    m.status(), m.registeredOn(), m.expiresOn(), m.phoneE164(), m.email(), m.institution(),
                    m.nikMasked(), m.birthPlace(), m.birthDate(), m.sex(), m.address(), m.channel(), m.replaces(),
                    m.replacedBy());
        }
    }

    /** A verification round or a step of the card's life. */
    record HistoryItem(String action, String note, String initials, String staffName, Instant at) {

        static HistoryItem of(MemberHistoryEntry e) {
            return new HistoryItem(e.action(), e.note(), e.initials(), e.staffName(), e.at());
        }
    }
}
