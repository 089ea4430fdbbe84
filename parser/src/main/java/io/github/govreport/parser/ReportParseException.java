package io.github.govreport.parser;

import java.util.Objects;

/**
 * Thrown by a strict {@link ReportParser} for the first {@link ReportProblem} of a fatal type it meets:
 * what was found ({@link ReportProblem#type()}, {@link ReportProblem#message()}) and where (the file, when
 * the parser read one, and {@link ReportProblem#line()}, {@link ReportProblem#column()} and {@link
 * ReportProblem#index()} in the text as decoded). Lenient parsing, the default, never throws it.
 *
 * <p>The message is one line: {@code [FILE:]LINE:COLUMN SEVERITY TYPE message «excerpt»}.
 */
public final class ReportParseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient ReportProblem problem;
    private final String source;

    /**
     * Creates the exception for a problem in a text.
     *
     * @param problem what was found, and where
     */
    public ReportParseException(ReportProblem problem) {
        this(problem, null);
    }

    /**
     * Creates the exception for a problem in a file.
     *
     * @param problem what was found, and where
     * @param source the file the text was read from, or null
     */
    public ReportParseException(ReportProblem problem, String source) {
        super((source == null ? "" : source + ":") + Objects.requireNonNull(problem, "problem"));
        this.problem = problem;
        this.source = source;
    }

    /** What was found, and where. */
    public ReportProblem problem() {
        return problem;
    }

    /**
     * The file the report was read from.
     *
     * @return the file as given to {@link ReportParser#parse(java.nio.file.Path)}, or null for a text
     */
    public String source() {
        return source;
    }
}
