package io.github.govreport.examples;

import io.github.govreport.model.json.GovReportModule;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/** The JSON settings every command prints with. */
public final class Json {

    private Json() {}

    /**
     * A mapper that writes the model in the contract shapes of {@link GovReportModule#contract()}. The
     * module is added explicitly rather than found with {@code findAndAddModules()}, which would give the
     * lossless mode.
     *
     * @return a new mapper; mappers are thread-safe once built
     */
    public static ObjectMapper contractMapper() {
        return JsonMapper.builder().addModule(GovReportModule.contract()).build();
    }

    /**
     * A writer for people and for diffs: every object field and every array element on a line of its own,
     * indented by two spaces, {@code "name": value}, empty arrays as {@code []}, lines ended by {@code \n}
     * on every platform. This is the form of {@code parse --pretty} and of the golden files.
     *
     * @param mapper the mapper whose settings and modules to write with
     * @return the writer; thread-safe
     */
    public static ObjectWriter prettyWriter(ObjectMapper mapper) {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators)
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        return mapper.writer().with(printer);
    }
}
