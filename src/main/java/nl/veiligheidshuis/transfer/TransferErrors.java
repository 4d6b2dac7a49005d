package nl.veiligheidshuis.transfer;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The transfer API's own error (409), as an RFC 9457 problem detail like the application's other errors. */
@RestControllerAdvice(assignableTypes = TransferController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class TransferErrors {

    @ExceptionHandler(TransferConflictException.class)
    ProblemDetail conflict(TransferConflictException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Conflict");
        return problem;
    }
}
