package nl.veiligheidshuis.transfer;

/** Where a handover stands: asked, taken over by the target region, declined there, or left unanswered for 20 days. */
public enum TransferStatus {
    REQUESTED,
    ACCEPTED,
    DECLINED,
    EXPIRED;

    public boolean isOpen() {
        return this == REQUESTED;
    }
}
