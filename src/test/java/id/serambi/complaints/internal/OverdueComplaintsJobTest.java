package id.serambi.complaints.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import id.serambi.complaints.Complaint;
import id.serambi.complaints.ComplaintService;
import id.serambi.complaints.ComplaintStatus;
import id.serambi.libraries.ChannelType;
import id.serambi.libraries.Library;
import id.serambi.libraries.LibraryId;
import id.serambi.libraries.LibraryService;
import id.serambi.shared.mail.Mailer;

/** The library is told about an overdue complaint once it was told: a failed mail is tried again at the next run. */
class OverdueComplaintsJobTest {

    private static final Instant NOW = Instant.parse("2026-12-07T03:00:00Z");
    private static final Library SIDOARJO = new Library(LibraryId.of(4), "sidoarjo", "Perpustakaan Sidoarjo",
            "Pemkab Sidoarjo", "Jl. Jaksa Agung", "61211", null, "perpustakaan@sidoarjo.example", null, "35.15",
            ZoneId.of("Asia/Jakarta"), List.of());
    private static final Complaint OVERDUE = new Complaint("ABCDEFGH23", ChannelType.WEBSITE, "Panas", null, null,
            false, false, ComplaintStatus.RECEIVED, NOW.minusSeconds(86_400 * 10), NOW.minusSeconds(3600), null);

    private final ComplaintRepository complaints = mock(ComplaintRepository.class);
    private final Mailer mailer = mock(Mailer.class);
    private final OverdueComplaintsJob job = new OverdueComplaintsJob(mock(LibraryService.class),
            mock(ComplaintService.class), complaints, mailer, Clock.fixed(NOW, ZoneOffset.UTC),
            new ComplaintJobProperties(null, null));

    @Test
    void aNoticeTheSmtpServerRefusedLeavesTheComplaintsToBeReportedAgain() {
        when(complaints.overdueNotNotified(SIDOARJO.id(), NOW)).thenReturn(List.of(OVERDUE));
        when(mailer.send(eq(SIDOARJO.email()), any(), any(), any())).thenReturn(Mailer.Delivery.FAILED);

        assertThat(job.notifyOverdue(SIDOARJO)).isZero();

        verify(complaints, never()).markNotified(any(), any(), any());
    }

    @Test
    void aNoticeSentMarksTheComplaintsReported() {
        when(complaints.overdueNotNotified(SIDOARJO.id(), NOW)).thenReturn(List.of(OVERDUE));
        when(mailer.send(eq(SIDOARJO.email()), any(), any(), any())).thenReturn(Mailer.Delivery.SENT);

        assertThat(job.notifyOverdue(SIDOARJO)).isEqualTo(1);

        verify(complaints).markNotified(SIDOARJO.id(), List.of("ABCDEFGH23"), NOW);
    }
}
