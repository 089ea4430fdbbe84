package io.github.govreport.model.json;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.govreport.core.ValueMention;
import io.github.govreport.model.Report;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;

/**
 * JSON written by a mapper that forgot {@link GovReportModule} (issue 21): reading it with the module says
 * so, instead of only naming the field whose shape is unexpected.
 */
class MissingModuleTest {

    private static final ObjectMapper PLAIN = JsonMapper.builder().build();
    private static final ObjectMapper WITH_MODULE = JsonMapper.builder().addModule(new GovReportModule()).build();

    @Test
    void aReportWrittenWithoutTheModuleIsNamedAsSuch() {
        String json = PLAIN.writeValueAsString(ReportJsonTest.sampleReport());
        DatabindException e = assertThrows(DatabindException.class, () -> WITH_MODULE.readValue(json, Report.class));
        assertTrue(e.getMessage().contains("GovReportModule is not registered"), e.getMessage());
        assertTrue(e.getMessage().contains("addModule(new GovReportModule())"), e.getMessage());
    }

    @Test
    void aMentionWrittenWithoutTheModuleIsNamedAsSuch() {
        ValueMention mention = ReportJsonTest.sampleReport().indicators().get(0).value();
        String json = PLAIN.writeValueAsString(mention);
        DatabindException e = assertThrows(DatabindException.class, () -> WITH_MODULE.readValue(json, ValueMention.class));
        assertTrue(e.getMessage().contains("a mention with a \"span\" object and no \"start\""), e.getMessage());
        assertTrue(e.getMessage().contains("GovReportModule is not registered"), e.getMessage());
    }

    @Test
    void otherWrongShapesSayNothingOfTheModule() {
        DatabindException e = assertThrows(DatabindException.class,
                () -> WITH_MODULE.readValue("{\"metadata\":{\"title\":7}}", Report.class));
        assertTrue(e.getMessage().contains("metadata.title: expected a string, found NUMBER"), e.getMessage());
        assertTrue(!e.getMessage().contains("GovReportModule"), e.getMessage());
    }
}
