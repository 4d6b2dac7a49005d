package nl.veiligheidshuis.system;

import java.util.function.Supplier;
import nl.veiligheidshuis.casefile.InvalidInputException;
import nl.veiligheidshuis.casefile.NotPermittedException;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;

/**
 * Turns the application's input and permission errors, raised inside an engine command (a start form, a task
 * completion), into the engine's own: Tasklist and engine REST then show the message (400 or 403) and the
 * command's transaction is rolled back, so the form's input is not lost.
 */
public final class UserInput {

    private UserInput() {
    }

    public static <T> T checked(Supplier<T> action) {
        try {
            return action.get();
        } catch (InvalidInputException e) {
            throw new BadUserRequestException(e.getMessage());
        } catch (NotPermittedException e) {
            throw new AuthorizationException(e.getMessage());
        }
    }

    public static void checked(Runnable action) {
        checked(() -> {
            action.run();
            return null;
        });
    }
}
