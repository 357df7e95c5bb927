package id.serambi.shared.web;

import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Renders a problem detail as {@code application/problem+json} from the error controller. */
@Component
public class ProblemJsonView implements View {

    static final String PROBLEM = "problem";

    private final ProblemWriter writer;

    public ProblemJsonView(ProblemWriter writer) {
        this.writer = writer;
    }

    @Override
    public String getContentType() {
        return MediaType.APPLICATION_PROBLEM_JSON_VALUE;
    }

    @Override
    public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
            throws Exception {
        writer.write(response, (ProblemDetail) model.get(PROBLEM));
    }
}
