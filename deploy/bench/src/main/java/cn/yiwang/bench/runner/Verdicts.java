package cn.yiwang.bench.runner;

/** Whether a figure answers its target: only when the run reproduced the target's conditions. */
final class Verdicts {

    private Verdicts() {
    }

    /**
     * Met or not met when the load and data were the target's; otherwise "not measured" — a smoke
     * run at a tenth of the rate says nothing either way.
     */
    static Result.Verdict verdict(boolean met, boolean conditionsReproduced) {
        if (!conditionsReproduced) {
            return Result.Verdict.NOT_MEASURED;
        }
        return Result.Verdict.of(met);
    }
}
