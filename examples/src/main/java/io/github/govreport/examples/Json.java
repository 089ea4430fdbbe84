package io.github.govreport.examples;

import io.github.govreport.model.json.GovReportModule;
import tools.jackson.databind.ObjectMapper;
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
}
