package cn.yiwang.review.invitation.domain;

/**
 * Who is trying to rate a service event.
 *
 * @param idHash        keyed hash of the caller's ID number or credit code ({@code id_hash} claim), or
 *                      {@code null} for a hall device that acts for whoever stands at the window
 * @param type          {@code PERSON} or {@code ENTERPRISE}, or {@code null} when unknown
 * @param heldShortCode whether the caller presented the walk-in short code of the invitation
 * @param relayedByAgent a hotline agent records the rating the person gave over the phone
 */
public record Evaluator(String idHash, String type, boolean heldShortCode, boolean relayedByAgent) {

    public static Evaluator holder(String idHash, String type) {
        return new Evaluator(idHash, type, false, false);
    }

    public static Evaluator withShortCode(String idHash, String type) {
        return new Evaluator(idHash, type, true, false);
    }

    /**
     * The person served, rating over the phone (channel 6, DOMAIN.md §4): a hotline agent who
     * called them back records what they said. Who may relay is decided before the domain is asked.
     */
    public static Evaluator overThePhone() {
        return new Evaluator(null, null, false, true);
    }

    public boolean isIdentified() {
        return idHash != null && !idHash.isBlank();
    }
}
