package cn.yiwang.bench.runner;

import java.util.List;

/** One benchmark of the suite: prepares its data outside the measured window, measures, checks. */
interface Scenario {

    /** The name given on the command line (run.sh catalog cases …). */
    String name();

    /** The targets this scenario answers, for a failure line when it cannot run. */
    String target();

    List<Result> run(Bench bench) throws Exception;
}
