package cn.yiwang.bench.runner;

/**
 * The zero-loss check: what the service stored against what callers were told was accepted. A
 * shortfall is a loss; a surplus is work the service committed although its caller saw an error
 * (typically the gateway's 504 while the service was still busy) — no loss, but a caller who
 * retries files it twice.
 */
record ZeroLoss(long acknowledged, long stored) {

    boolean noneLost() {
        return stored >= acknowledged;
    }

    boolean exact() {
        return stored == acknowledged;
    }

    String describe() {
        if (exact()) {
            return "none lost";
        }
        if (stored < acknowledged) {
            return "**" + (acknowledged - stored) + " acknowledged but not stored — lost**";
        }
        return "none lost, but " + (stored - acknowledged)
                + " stored without a success answer (the caller saw an error, e.g. the gateway's 504)";
    }
}
