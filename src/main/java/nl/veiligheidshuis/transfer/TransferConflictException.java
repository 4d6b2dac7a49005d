package nl.veiligheidshuis.transfer;

/** The transfer cannot be made in the state it is in (HTTP 409): an open transfer exists, or it was decided already. */
public class TransferConflictException extends RuntimeException {

    public TransferConflictException(String message) {
        super(message);
    }
}
