package id.serambi.surveys.web;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;


import id.serambi.libraries.Library;
import id.serambi.libraries.PublicLibrary;
import id.serambi.shared.DomainException;
import id.serambi.shared.Messages;
import id.serambi.shared.QrCodes;
import id.serambi.shared.web.FormErrors;
import id.serambi.surveys.Respondent;
import id.serambi.surveys.SurveyElement;
import id.serambi.surveys.SurveyService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The public questionnaire, phone-first, and the QR code that leads to it from the desk. */
@Controller
@RequestMapping("/l/{lib}/survei")
class PublicSurveyController {

    private static final int QR_SIZE = 480;
    /** The respondent fields with their choices, in the questionnaire's order. */
    private static final Map<String, Enum<?>[]> CHOICES = choices();

    private final SurveyService surveys;
    private final Messages messages;
    /** The public address the poster's QR code leads to; never the Host a request claims. */
    private final String baseUrl;

    PublicSurveyController(SurveyService surveys, Messages messages,
            @Value("${serambi.base-url:http://localhost:8080}") String baseUrl) {
        this.surveys = surveys;
        this.messages = messages;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @GetMapping
    String form(@PublicLibrary Library library, @RequestParam(required = false) String layanan,
            @RequestParam(required = false) String kasus, Model model, HttpServletResponse response) {
        if (!model.containsAttribute("surveyForm")) {
            SurveyForm form = new SurveyForm();
            form.setService(layanan);
            if (kasus != null && !kasus.isBlank()) {
                form.setCaseToken(kasus);
                try {
                    form.setService(surveys.requireUnanswered(library, kasus).serviceCode());
                } catch (DomainException refusal) {
                    response.setStatus(refusal.status().value());
                    model.addAttribute("refused", messages.get(refusal.messageKey(), refusal.args()));
                }
            }
            model.addAttribute("surveyForm", form);
        }
        model.addAttribute("library", library);
        model.addAttribute("services", surveys.services(library));
        model.addAttribute("elements", SurveyElement.values());
        model.addAttribute("choices", CHOICES);
        return "surveys/public-form";
    }

    @PostMapping
    String submit(@PublicLibrary Library library, @ModelAttribute("surveyForm") SurveyForm form,
            BindingResult binding, Model model, HttpServletRequest request, HttpServletResponse response) {
        if (!binding.hasErrors()) {
            try {
                surveys.submit(library, form.toAnswers(), request.getRemoteAddr(), form.getCaseToken());
                return "redirect:/l/" + library.code() + "/survei/terima-kasih";
            } catch (DomainException refusal) {
                FormErrors.bind(binding, refusal);
            }
        }
        return form(library, form.getService(), null, model, response);
    }

    @GetMapping("/terima-kasih")
    String thanks(@PublicLibrary Library library, Model model) {
        model.addAttribute("library", library);
        return "surveys/thanks";
    }

    @GetMapping(value = "/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> qr(@PublicLibrary Library library, @RequestParam(required = false) String layanan) {
        UriComponentsBuilder url = UriComponentsBuilder.fromUriString(baseUrl).path("/l/{lib}/survei");
        if (layanan != null && !layanan.isBlank()) {
            url.queryParam("layanan", layanan);
        }
        String target = url.buildAndExpand(library.code()).encode().toUriString();
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.noCache())
                .body(png(target));
    }

    private static Map<String, Enum<?>[]> choices() {
        Map<String, Enum<?>[]> choices = new LinkedHashMap<>();
        choices.put("sex", Respondent.Sex.values());
        choices.put("education", Respondent.Education.values());
        choices.put("occupation", Respondent.Occupation.values());
        return Collections.unmodifiableMap(choices);
    }

    static byte[] png(String text) {
        return QrCodes.png(text, QR_SIZE);
    }
}
