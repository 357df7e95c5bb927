package id.serambi.membership;

import java.util.List;

import org.springframework.http.HttpStatus;

import id.serambi.shared.DomainException;
import id.serambi.shared.FieldProblem;

/**
 * A member search that ran past its time: the query matches too much (or the server is too busy) to answer at the
 * desk's pace; a more precise query answers.
 */
public class SearchTooBroadException extends DomainException {

    public SearchTooBroadException() {
        super(HttpStatus.UNPROCESSABLE_CONTENT, "SEARCH_TOO_BROAD",
                List.of(FieldProblem.of("q", "membership.search.refine")), "membership.search.refine");
    }
}
