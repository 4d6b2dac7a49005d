package nl.veiligheidshuis.area;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The area approach API's own errors (409, 404 without an approach), as RFC 9457 problem details. */
@RestControllerAdvice(assignableTypes = AreaApproachController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class AreaApproachErrors {

    @ExceptionHandler(AreaApproachConflictException.class)
    ProblemDetail conflict(AreaApproachConflictException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Conflict");
        return problem;
    }

    @ExceptionHandler(AreaApproachNotFoundException.class)
    ProblemDetail notFound(AreaApproachNotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Niet gevonden");
        return problem;
    }
}
