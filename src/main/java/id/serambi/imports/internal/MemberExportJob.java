package id.serambi.imports.internal;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import id.serambi.imports.MemberExports;
import id.serambi.shared.scheduling.Schedule;
import id.serambi.shared.scheduling.ScheduledJob;

/**
 * Writes each library's new and changed members into its export folder, in the formats it turned on (none unless it
 * did), every {@code serambi.exports.every} (PT15M): the circulation system can lend to a member registered this
 * morning the same day. One server at a time (the hold), so a change set is written once.
 */
@Component
class MemberExportJob implements ScheduledJob {

    private final MemberExports exports;
    private final Duration every;

    MemberExportJob(MemberExports exports, @Value("${serambi.exports.every:PT15M}") Duration every) {
        this.exports = exports;
        this.every = every;
    }

    @Override
    public String name() {
        return "imports.member-export";
    }

    @Override
    public Schedule schedule() {
        return Schedule.every(Duration.ofMinutes(2), every);
    }

    @Override
    public void run() {
        exports.writeFolders();
    }
}
