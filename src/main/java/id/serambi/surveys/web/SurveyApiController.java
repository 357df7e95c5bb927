package id.serambi.surveys.web;

import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import id.serambi.libraries.Library;
import id.serambi.libraries.PublicLibrary;
import id.serambi.shared.security.CurrentStaff;
import id.serambi.shared.security.StaffPrincipal;
import id.serambi.surveys.FlaggedResponse;
import id.serambi.surveys.SurveyAnswers;
import id.serambi.surveys.SurveyService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

@RestController
@RequestMapping("/api/v1/libraries/{lib}")
@Tag(name = "Satisfaction survey", description = "SKM questionnaires (public) and the IKM index (staff), "
        + "PermenPANRB 14/2017")
class SurveyApiController {

    private final SurveyService surveys;

    SurveyApiController(SurveyService surveys) {
        this.surveys = surveys;
    }

    /** A questionnaire: sex MALE/FEMALE; education SD..S3; occupation PNS, TNI, POLRI, SWASTA, ... */
    record SurveyRequest(String service, List<Integer> answers, Integer age, String sex, String education,
            String occupation, String caseToken) {
    }

    record Recorded(String service) {
    }

    @PostMapping("/surveys")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Submit a questionnaire (public)", description = "answers: nine integers 1..4 for U1..U9. "
            + "Any wrong field: 400 with field errors, nothing stored. caseToken (the kasus of a ticket's QR code) links it to "
            + "that case, about its service: one answer per case, a second 409 SURVEY_CASE_ANSWERED, an unknown token "
            + "404.")
    Recorded submit(@PublicLibrary Library library, @RequestBody SurveyRequest request,
            HttpServletRequest http) {
        surveys.submit(library, new SurveyAnswers(request.service(), request.answers(), request.age(),
                request.sex(), request.education(), request.occupation()), http.getRemoteAddr(), request.caseToken());
        return new Recorded(request.service());
    }

    @GetMapping("/surveys/flagged")
    @Operation(summary = "Questionnaires flagged as possible ballot stuffing (staff)", description = "A burst "
            + "from one client address (10 or more within 10 minutes) or of identical all-1 or all-4 answers to one "
            + "service (5 or more within 10 minutes). review null: held out of the IKM until a KABID or KEPALA "
            + "decides; EXCLUDED or INCLUDED with reviewedBy, reviewedAt and reason. from/to as for /ikm.")
    List<FlaggedResponse> flagged(Library library,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        IkmController.Period period = IkmController.Period.of(surveys, library, from, to, null);
        return surveys.flagged(library, period.from(), period.to());
    }

    /** decision EXCLUDE or INCLUDE; reason required. */
    record ReviewRequest(String decision, String reason) {
    }

    @PostMapping("/surveys/{response}/review")
    @PreAuthorize("hasRole('KABID')")
    @Operation(summary = "Exclude a questionnaire from the IKM or include it (KABID, KEPALA)", description = "Any "
            + "questionnaire of the library by its id; the reason is required and logged with who and when.")
    void review(Library library, @PathVariable long response, @RequestBody ReviewRequest request) {
        surveys.review(library, response, request.decision(), request.reason(),
                CurrentStaff.get().map(StaffPrincipal::getUsername).orElseThrow());
    }

    @GetMapping("/ikm")
    @Operation(summary = "The satisfaction index of a period (staff)", description = "Per element NRR = mean; "
            + "SKM = Σ NRR × weight; IKM = SKM × 25; grade A 88.31–100, B 76.61–88.30, C 65.00–76.60, "
            + "D 25.00–64.99. weight is exactly 1/9 (all answers 4 give 100.00); ikmPrintedWeight uses the "
            + "regulation's printed 0.11. from/to: days in the library's time zone, inclusive; default this year.")
    IkmResponse ikm(Library library,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String service) {
        IkmController.Period period = IkmController.Period.of(surveys, library, from, to, service);
        return IkmResponse.of(period.from(), period.to(), period.service(),
                surveys.ikm(library, period.from(), period.to(), period.service()),
                surveys.heldOut(library, period.from(), period.to(), period.service()));
    }
}
