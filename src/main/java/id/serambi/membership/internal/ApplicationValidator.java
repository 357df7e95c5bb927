package id.serambi.membership.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import id.serambi.libraries.DocumentType;
import id.serambi.libraries.Library;
import id.serambi.libraries.LibraryService;
import id.serambi.libraries.MemberCategory;
import id.serambi.membership.ApplicationDetails;
import id.serambi.membership.HomeRegion;
import id.serambi.shared.EmailAddresses;
import id.serambi.shared.FieldProblem;
import id.serambi.shared.InvalidInputException;

/** Checks an application field by field and explains every refusal; nothing is written until all pass. */
@Component
public class ApplicationValidator {

    /** Below this age (from the birth date) a guardian consents for the applicant (UU PDP). */
    static final int ADULT_AGE = 17;

    private final LibraryService libraries;
    private final HomeRegions homeRegions;
    private final NikValidator nikValidator;
    private final Clock clock;
    private final CategoryRules categoryRules;

    ApplicationValidator(LibraryService libraries, HomeRegions homeRegions, NikValidator nikValidator, Clock clock,
            CategoryRules categoryRules) {
        this.libraries = libraries;
        this.homeRegions = homeRegions;
        this.nikValidator = nikValidator;
        this.clock = clock;
        this.categoryRules = categoryRules;
    }

    /**
     * Rules an import from an older system may waive for a member that system registered without asking: a NIK, a
     * way to reach them, a guardian for a minor. A registration at the desk or online never waives any.
     */
    public enum Waiver {
        NIK, CONTACT, GUARDIAN
    }

    /** Validates a new application; {@code documentsChecked} when staff tick the documents seen at the desk. */
    public ValidApplication validate(Library library, ApplicationDetails form, boolean documentsChecked) {
        return validate(library, form, documentsChecked, java.util.Set.of());
    }

    /**
     * Validates an imported member with some rules waived (see {@link Waiver}); a waived NIK must be absent, and the
     * application then has none (null).
     */
    ValidApplication validate(Library library, ApplicationDetails form, boolean documentsChecked,
            java.util.Set<Waiver> waived) {
        List<FieldProblem> problems = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        boolean noNik = waived.contains(Waiver.NIK) && blankToNull(form.nik()) == null;
        NikCheck nik = noNik ? new NikCheck(List.of(), List.of(), null) : nikValidator.check(form.nik());
        problems.addAll(nik.problems());
        warnings.addAll(nik.warnings());
        String fullName = text(problems, "fullName", form.fullName(), 100, true);
        LocalDate birthDate = birthDate(library, problems, form.birthDate());
        Sex sex = sex(problems, warnings, form.sex(), nik);
        String address = text(problems, "address", form.address(), 300, true);
        String motherName = text(problems, "motherMaidenName", form.motherMaidenName(), 100, true);
        HomeRegion home = homeRegions.check(problems, form);
        String phone = phone(problems, form, waived.contains(Waiver.CONTACT));
        String email = email(problems, form.email());
        MemberCategory category = category(library, problems, form.category());
        boolean minor = birthDate != null && age(library, birthDate) < ADULT_AGE;
        if (category != null) {
            categoryRules.check(problems, form, category, birthDate == null ? null : age(library, birthDate));
        }
        Map<DocumentType, String> documents = CategoryRules.documents(problems, form, category, documentsChecked);
        checkConsent(problems, form, minor && !waived.contains(Waiver.GUARDIAN));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new ValidApplication(fullName, noNik ? null : form.nik().strip(), blankToNull(form.birthPlace()),
                birthDate, sex, address, home, motherName, phone, email, category, blankToNull(form.institution()),
                institutionRegency(form.institutionRegion()), minor ? blankToNull(form.guardianName()) : null,
                minor, documents, warnings);
    }

    private static String text(List<FieldProblem> problems, String field, String value, int max, boolean required) {
        String text = blankToNull(value);
        if (text == null && required) {
            problems.add(FieldProblem.of(field, "validation.required"));
        } else if (text != null && text.length() > max) {
            problems.add(FieldProblem.of(field, "validation.tooLong", max));
        }
        return text;
    }

    private LocalDate birthDate(Library library, List<FieldProblem> problems, String value) {
        if (blankToNull(value) == null) {
            problems.add(FieldProblem.of("birthDate", "validation.required"));
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value.strip());
            if (date.isAfter(today(library)) || date.getYear() < 1900) {
                problems.add(FieldProblem.of("birthDate", "membership.birthDate.range"));
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            problems.add(FieldProblem.of("birthDate", "membership.birthDate.format"));
            return null;
        }
    }

    private static Sex sex(List<FieldProblem> problems, List<String> warnings, String value, NikCheck nik) {
        Sex sex = Sex.parse(value);
        if (sex == null) {
            problems.add(FieldProblem.of("sex", "membership.sex.invalid"));
        } else if (nik.sex() != null && nik.sex() != sex) {
            warnings.add("membership.warning.nikSex");
        }
        return sex;
    }

    private static String phone(List<FieldProblem> problems, ApplicationDetails form, boolean contactWaived) {
        if (blankToNull(form.phone()) == null) {
            if (blankToNull(form.email()) == null && !contactWaived) {
                problems.add(FieldProblem.of("phone", "membership.contact.required"));
            }
            return null;
        }
        Optional<String> e164 = PhoneNumbers.toE164(form.phone());
        if (e164.isEmpty()) {
            problems.add(FieldProblem.of("phone", "membership.phone.invalid"));
        }
        return e164.orElse(null);
    }

    private static String email(List<FieldProblem> problems, String value) {
        String email = blankToNull(value);
        if (email != null && !EmailAddresses.isValid(email)) {
            problems.add(FieldProblem.of("email", "membership.email.invalid"));
        }
        return email == null ? null : email.toLowerCase(java.util.Locale.ROOT);
    }

    private MemberCategory category(Library library, List<FieldProblem> problems, String code) {
        if (blankToNull(code) == null) {
            problems.add(FieldProblem.of("category", "validation.required"));
            return null;
        }
        Optional<MemberCategory> category = libraries.categories(library.id()).stream()
                .filter(c -> c.active() && c.code().equals(code.strip())).findFirst();
        if (category.isEmpty()) {
            problems.add(FieldProblem.of("category", "membership.category.unknown", code));
        }
        return category.orElse(null);
    }

    private static void checkConsent(List<FieldProblem> problems, ApplicationDetails form, boolean minor) {
        if (!form.consent()) {
            problems.add(FieldProblem.of("consent", "membership.consent.required"));
        }
        if (minor && blankToNull(form.guardianName()) == null) {
            problems.add(FieldProblem.of("guardianName", "membership.guardian.required", ADULT_AGE));
        }
        if (minor && !form.guardianConsent()) {
            problems.add(FieldProblem.of("guardianConsent", "membership.guardian.consent", ADULT_AGE));
        }
    }

    static String institutionRegency(String value) {
        String code = blankToNull(value);
        return code == null || code.length() < 5 ? code : code.substring(0, 5);
    }

    int age(Library library, LocalDate birthDate) {
        return Period.between(birthDate, today(library)).getYears();
    }

    private LocalDate today(Library library) {
        return LocalDate.now(clock.withZone(library.timezone()));
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
