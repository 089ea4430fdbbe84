/**
 * JSON for the report model with Jackson 3: {@link io.github.govreport.model.json.GovReportModule}.
 *
 * <p>This package needs {@code tools.jackson.core:jackson-databind}, which the model declares as an
 * optional dependency: users who serialize bring their own. Nothing else in the model touches Jackson.
 *
 * <p>Register the module with {@code JsonMapper.builder().addModule(new GovReportModule())}. On the class
 * path {@code findAndAddModules()} finds it as well; on the module path it does not (see {@link
 * io.github.govreport.model.json.GovReportModule}).
 */
package io.github.govreport.model.json;
