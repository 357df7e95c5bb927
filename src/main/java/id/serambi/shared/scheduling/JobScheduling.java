package id.serambi.shared.scheduling;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/** The one place that schedules work: every {@link ScheduledJob} bean, each run under the {@link JobLock}. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class JobScheduling implements SchedulingConfigurer {

    private final List<ScheduledJob> jobs;
    private final JobLock lock;

    JobScheduling(List<ScheduledJob> jobs, JobLock lock) {
        this.jobs = jobs;
        this.lock = lock;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        Set<String> names = new HashSet<>();
        for (ScheduledJob job : jobs) {
            if (!names.add(job.name())) {
                throw new IllegalStateException("Two scheduled jobs are named " + job.name()
                        + "; they would share a lock");
            }
            Schedule schedule = job.schedule();
            if (!schedule.off()) {
                registrar.addTriggerTask(() -> lock.run(job.name(), schedule.hold(), job::run), schedule.trigger());
            }
        }
    }
}
