/**
 * A government work report as immutable records, built on govreport-core's values.
 *
 * <p>The package {@code io.github.govreport.model.panel} holds the targets of a region's reports against
 * the outcomes of its next reports. It needs nothing but the JDK.
 *
 * <p>The package {@code io.github.govreport.model.json} is a Jackson 3 module for the records. Jackson is
 * an optional ({@code static}) dependency: the model resolves and runs without it, and only code that
 * uses the JSON package needs it. There is deliberately no {@code provides tools.jackson.databind.JacksonModule}
 * clause: with a {@code static} requirement it makes module resolution fail whenever Jackson is absent from
 * the module graph. On the class path, {@code META-INF/services} lets {@code findAndAddModules()} find the
 * module; on the module path, register it with {@code addModule(new GovReportModule())}.
 */
module io.github.govreport.model {
    requires transitive io.github.govreport.core;
    requires static tools.jackson.databind;

    exports io.github.govreport.model;
    exports io.github.govreport.model.json;
    exports io.github.govreport.model.panel;
}
