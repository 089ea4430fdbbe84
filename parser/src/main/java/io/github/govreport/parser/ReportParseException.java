package io.github.govreport.parser;

import java.util.Objects;

/**
 * Thrown by a strict {@link ReportParser} for the first {@link ReportProblem} it meets. Lenient parsing,
 * the default, never throws it.
 */
public final class ReportParseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient ReportProblem problem;

    /**
     * Creates the exception.
     *
     * @param problem what was found, and where
     */
    public ReportParseException(ReportProblem problem) {
        super(Objects.requireNonNull(problem, "problem").toString());
        this.problem = problem;
    }

    /** What was found, and where. */
    public ReportProblem problem() {
        return problem;
    }
}
