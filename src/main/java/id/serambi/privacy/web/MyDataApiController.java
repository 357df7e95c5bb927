package id.serambi.privacy.web;

import java.net.URI;
import java.util.List;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import id.serambi.libraries.Library;
import id.serambi.libraries.PublicLibrary;
import id.serambi.privacy.MyData;
import id.serambi.privacy.MyDataService;
import id.serambi.privacy.NewRequest;
import id.serambi.privacy.PrivacyRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/libraries/{lib}/my-data")
@Tag(name = "My data (UU PDP)", description = "A member's own personal data and requests: sign in with the member "
        + "number and a one-time code, then send the token in the X-Member-Token header")
class MyDataApiController {

    static final String TOKEN_HEADER = "X-Member-Token";

    private final MyDataService service;

    MyDataApiController(MyDataService service) {
        this.service = service;
    }

    record CodeRequest(String memberNumber, String channel) {
    }

    /** Always {@code sentTo: null}: a member, a member without that contact and an unknown number answer alike. */
    record CodeResponse(String sentTo) {
    }

    record TokenRequest(String memberNumber, String code) {
    }

    record TokenResponse(String token, long expiresInSeconds) {
    }

    @PostMapping("/code")
    @Operation(summary = "Send a one-time code (channel SMS or EMAIL) to the member's phone or e-mail if the number "
            + "is a member's with that contact and fewer than 5 codes went out within the hour; always 202 "
            + "{sentTo: null}, the same for an unknown number, a member without that contact and a member")
    ResponseEntity<CodeResponse> code(@PublicLibrary Library library, @RequestBody CodeRequest request) {
        service.sendCode(library, request.memberNumber(), request.channel() == null ? "SMS" : request.channel());
        return ResponseEntity.accepted().body(new CodeResponse(null));
    }

    @PostMapping("/token")
    @Operation(summary = "Exchange the member number and the one-time code for a token valid 30 minutes "
            + "(422 CODE_WRONG, CODE_EXPIRED, CODE_TOO_MANY_ATTEMPTS or CODE_NOT_SENT)")
    TokenResponse token(@PublicLibrary Library library, @RequestBody TokenRequest request) {
        return new TokenResponse(service.signInForApi(library, request.memberNumber(), request.code()),
                MyDataService.TOKEN_LIFE.toSeconds());
    }

    @GetMapping
    @Operation(summary = "Everything held about the signed-in member and its processing history "
            + "(401 MEMBER_SIGN_IN_REQUIRED without a valid token)")
    ResponseEntity<MyData> data(@PublicLibrary Library library,
            @RequestHeader(name = TOKEN_HEADER, required = false) String token) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(service.data(library, service.memberOfToken(library, token), true));
    }

    @GetMapping("/requests")
    @Operation(summary = "The signed-in member's requests, newest first")
    List<PrivacyRequest> requests(@PublicLibrary Library library,
            @RequestHeader(name = TOKEN_HEADER, required = false) String token) {
        return service.requestsOf(library, service.memberOfToken(library, token));
    }

    @PostMapping("/requests")
    @Operation(summary = "File a request: kind ACCESS, CORRECTION (field, proposedValue, reason) or ERASURE "
            + "(reason); decided by staff within 3×24 hours (409 REQUEST_ALREADY_OPEN for a second open one)")
    ResponseEntity<PrivacyRequest> file(@PublicLibrary Library library,
            @RequestHeader(name = TOKEN_HEADER, required = false) String token, @RequestBody NewRequest request) {
        PrivacyRequest filed = service.file(library, service.memberOfToken(library, token), request);
        return ResponseEntity.created(URI.create("/api/v1/libraries/" + library.code() + "/my-data/requests/"
                + filed.id())).body(filed);
    }
}
