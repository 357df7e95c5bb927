package id.serambi.libraries.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import id.serambi.libraries.CompletionTime;
import id.serambi.libraries.Library;
import id.serambi.libraries.LibraryId;
import id.serambi.libraries.MemberCategory;
import id.serambi.libraries.OpeningInterval;
import id.serambi.libraries.ProcedureStep;
import id.serambi.libraries.Requirement;
import id.serambi.libraries.ServiceComponents;
import id.serambi.libraries.ServiceHours;
import id.serambi.libraries.ServiceStandard;
import id.serambi.libraries.StepTiming;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Creates, at start-up and before the server takes requests, every seed library that does not exist yet, exactly as
 * its document says. A library that exists is never touched again: from then on its staff own its standards.
 */
@Component
@Order(0)
class LibrarySeeder implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(LibrarySeeder.class);
    private static final int DEFAULT_PERIOD_MONTHS = 60;

    private final LibraryRepository libraries;
    private final ServiceStandardRepository standards;
    private final CalendarRepository calendars;
    private final MemberCategoryRepository categories;
    private final TransactionTemplate transaction;
    private final YAMLMapper yaml = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    LibrarySeeder(LibraryRepository libraries, ServiceStandardRepository standards, CalendarRepository calendars,
            MemberCategoryRepository categories, TransactionTemplate transaction) {
        this.libraries = libraries;
        this.standards = standards;
        this.calendars = calendars;
        this.categories = categories;
        this.transaction = transaction;
    }

    @Override
    public void afterSingletonsInstantiated() {
        for (SeedDocument document : documents()) {
            transaction.executeWithoutResult(status -> {
                if (libraries.findByCode(document.code()).isEmpty()) {
                    seed(document);
                    log.info("Created library '{}' from its service-standard document", document.code());
                }
            });
        }
    }

    List<SeedDocument> documents() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver()
                    .getResources("classpath:seed/libraries/*.yml");
            List<SeedDocument> documents = new ArrayList<>();
            for (Resource file : files) {
                try (InputStream in = file.getInputStream()) {
                    documents.add(yaml.readValue(in, SeedDocument.class));
                }
            }
            return documents;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the seed libraries", e);
        }
    }

    private void seed(SeedDocument document) {
        LibraryId id = libraries.insert(new Library(null, document.code(), document.name(), document.agency(),
                document.address(), document.postalCode(), document.phone(), document.email(), document.website(),
                document.regionCode(), ZoneId.of(document.timezone()),
                Objects.requireNonNullElse(document.replacementDocuments(), List.of())));
        libraries.setHandoverRequiresConfirmedPhone(id, document.handoverRequiresConfirmedPhone());
        if (document.serviceHours() != null) {
            calendars.replaceHours(id, new ServiceHours(document.serviceHours().entrySet().stream()
                    .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
                            e -> new OpeningInterval(e.getValue().opens(), e.getValue().closes())))));
        }
        for (String calendar : Objects.requireNonNullElse(document.holidayCalendars(), List.<String>of())) {
            holidays(calendar).forEach(holiday -> calendars.putHoliday(id,
                    new id.serambi.libraries.Holiday(holiday.day(), holiday.name())));
        }
        int position = 0;
        for (SeedDocument.Category category : document.categories()) {
            categories.insert(id, position++, category(category));
        }
        position = 0;
        for (SeedDocument.Service service : document.services()) {
            standards.insert(id, position++, standard(service));
        }
    }

    private List<SeedDocument.Holiday> holidays(String calendar) {
        try (InputStream in = getClass().getResourceAsStream("/seed/holidays/" + calendar + ".yml")) {
            if (in == null) {
                throw new IllegalStateException("Unknown holiday calendar " + calendar);
            }
            return yaml.readValue(in, new TypeReference<List<SeedDocument.Holiday>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MemberCategory category(SeedDocument.Category category) {
        return new MemberCategory(category.code(), category.name(),
                Objects.requireNonNullElse(category.requiredDocuments(), List.of()), category.minAge(),
                category.maxAge(), Objects.requireNonNullElse(category.periodMonths(), DEFAULT_PERIOD_MONTHS),
                category.institutionRequired(), category.eligibility(), true);
    }

    static ServiceStandard standard(SeedDocument.Service service) {
        List<Requirement> requirements = Objects.requireNonNullElse(service.requirements(),
                List.<SeedDocument.Requirement>of()).stream()
                .map(r -> new Requirement(r.text(), r.categoryCode(), Objects.requireNonNullElse(r.documents(),
                        List.of())))
                .toList();
        List<ProcedureStep> steps = new ArrayList<>();
        for (SeedDocument.Step step : Objects.requireNonNullElse(service.steps(), List.<SeedDocument.Step>of())) {
            steps.add(step(steps.size() + 1, step));
        }
        CompletionTime completion = service.completion();
        return new ServiceStandard(0, service.code(), service.kind(), service.name(), service.decreeNumber(),
                service.procedureSummary(), Objects.requireNonNullElse(service.actors(), List.of()), requirements,
                steps, completion, service.fee(), Objects.requireNonNullElse(service.products(), List.of()),
                service.complaintHandling(), Objects.requireNonNullElse(service.complaintChannels(), List.of()),
                ServiceComponents.empty());
    }

    private static ProcedureStep step(int order, SeedDocument.Step step) {
        Integer seconds = step.minutes() != null ? Integer.valueOf(step.minutes() * 60) : step.seconds();
        StepTiming timing = seconds != null ? StepTiming.FIXED
                : step.asNeeded() ? StepTiming.AS_NEEDED : StepTiming.NOT_STATED;
        return new ProcedureStep(order, step.actor(), step.description(), timing, seconds, step.timeText(),
                step.equipment(), step.output(), step.note(), step.checkpoint());
    }
}
