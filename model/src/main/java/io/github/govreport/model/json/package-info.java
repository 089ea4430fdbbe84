/**
 * JSON for the report model with Jackson 3: {@link io.github.govreport.model.json.GovReportModule}.
 *
 * <p>This package needs {@code tools.jackson.core:jackson-databind}, which the model declares as an
 * optional dependency: users who serialize bring their own. Nothing else in the model touches Jackson.
 */
package io.github.govreport.model.json;
