package io.github.govreport.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.govreport.core.Amount;
import io.github.govreport.core.Change;
import io.github.govreport.core.Direction;
import io.github.govreport.core.Qualifier;
import io.github.govreport.core.Span;
import io.github.govreport.core.Value;
import io.github.govreport.core.ValueMention;
import io.github.govreport.model.Annotation;
import io.github.govreport.model.Indicator;
import io.github.govreport.model.Level;
import io.github.govreport.model.Metadata;
import io.github.govreport.model.NoTarget;
import io.github.govreport.model.Report;
import io.github.govreport.model.Section;
import io.github.govreport.model.Sense;
import io.github.govreport.model.Target;
import io.github.govreport.model.Task;
import io.github.govreport.model.YearSpan;
import java.net.URL;
import java.net.URLClassLoader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** A whole report as JSON: its shape in both modes, a lossless round trip, and service discovery. */
class ReportJsonTest {

    static final ObjectMapper LOSSLESS = MentionJsonTest.LOSSLESS;
    static final ObjectMapper CONTRACT = MentionJsonTest.CONTRACT;

    /** Mentions of every amount type, each at its own made-up span. */
    static List<ValueMention> allMentions() {
        List<ValueMention> out = new ArrayList<>();
        int at = 0;
        int i = 0;
        for (Amount a : MentionJsonTest.amounts()) {
            Qualifier q = a instanceof io.github.govreport.core.Range
                    ? Qualifier.RANGE
                    : Qualifier.values()[i % (Qualifier.values().length - 1)];
            Change c = switch (i % 3) {
                case 0 -> null;
                case 1 -> Change.UP;
                default -> new Change(Direction.DOWN, "同比");
            };
            out.add(new ValueMention(new Span(at, at + 4), "文本" + i % 10 + "字", new Value(a, q, c)));
            at += 10;
            i++;
        }
        return out;
    }

    static Report sampleReport() {
        List<ValueMention> v = allMentions();
        Section leaf = new Section("（一）稳增长", 2, new Span(20, 60), List.of(
                new Section("1. 扩大有效投资", 3, new Span(30, 50), List.of())));
        Section review = new Section("一、过去五年工作回顾", 1, new Span(10, 100), List.of(
                leaf, new Section("（二）惠民生", 2, new Span(60, 100), List.of())));
        Section plan = new Section("二、今年工作安排", 1, new Span(100, 180), List.of());
        Indicator gdp = new Indicator("地区生产总值", v.get(0), v.get(4), YearSpan.of(2017), new Span(0, 30), "gdp");
        Indicator onlyChange = new Indicator("某项指标", null, v.get(6), null, new Span(31, 40));
        Indicator fiveYears = new Indicator("城乡居民收入", v.get(7), null, new YearSpan(2013, 2017), new Span(41, 50));
        Target headline = new Target("增长目标", null, v.get(16), YearSpan.of(2018), new Span(120, 130), true, false, "gdp",
                Sense.FLOOR);
        Target stretch = new Target("增长目标", v.get(8), null, YearSpan.of(2018), new Span(131, 135), true, true);
        Target inTask = new Target("新增就业", v.get(9), v.get(5), null, new Span(150, 160), false, false);
        Task task = new Task("稳定和扩大就业", "二、今年工作安排", new Span(140, 170), List.of(inTask));
        Task noSection = new Task("办好民生实事", null, new Span(170, 180), List.of());
        Annotation note = new Annotation("示例术语", "一个为测试编写的解释。", new Span(190, 200),
                List.of(new Span(12, 16), new Span(140, 144)));
        Annotation unreferenced = new Annotation("另一术语", "没有引用。", new Span(201, 210), List.of());
        Metadata meta = new Metadata("政府工作报告", "示例市示例区", "990102", Level.COUNTY, 2018, new YearSpan(2013, 2017),
                LocalDate.of(2018, 1, 9), "张三", "区长", "示例区第一届人民代表大会第一次会议");
        // invented statements: 今年没有提出全年经济增速具体目标; 不设定年度经济增长具体目标
        NoTarget growth = new NoTarget("经济增速", new Span(110, 127));
        NoTarget growthAgain = new NoTarget("经济增长", new Span(136, 149));
        return new Report(meta, List.of(review, plan), List.of(gdp, onlyChange, fiveYears),
                List.of(headline, stretch, inTask), List.of(task, noSection), List.of(note, unreferenced), v,
                List.of(growth, growthAgain));
    }

    @Test
    void losslessRoundTripGivesAnEqualReport() {
        Report r = sampleReport();
        String json = LOSSLESS.writeValueAsString(r);
        assertEquals(r, LOSSLESS.readValue(json, Report.class));
        // and the JSON is stable: writing the read report again gives the same text
        assertEquals(json, LOSSLESS.writeValueAsString(LOSSLESS.readValue(json, Report.class)));
    }

    @Test
    void roundTripWithNothingKnown() {
        Report empty = new Report(Metadata.EMPTY, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        String json = LOSSLESS.writeValueAsString(empty);
        assertEquals(empty, LOSSLESS.readValue(json, Report.class));
        JsonNode meta = LOSSLESS.readTree(json).get("metadata");
        assertEquals(List.of("title", "region", "regionCode", "level", "year", "reviewYear", "date", "speaker", "speakerTitle",
                "meeting"), List.copyOf(meta.propertyNames()));
        meta.forEach(field -> assertTrue(field.isNull(), meta.toString()));
    }

    @Test
    void topLevelFieldsPerMode() {
        Report r = sampleReport();
        List<String> contract =
                List.of("metadata", "sections", "indicators", "targets", "tasks", "annotations", "noTargets");
        assertEquals(contract, List.copyOf(CONTRACT.readTree(CONTRACT.writeValueAsString(r)).propertyNames()));
        List<String> lossless = new ArrayList<>(contract);
        lossless.add("values");
        JsonNode full = LOSSLESS.readTree(LOSSLESS.writeValueAsString(r));
        assertEquals(lossless, List.copyOf(full.propertyNames()));
        assertEquals(r.values().size(), full.get("values").size());
    }

    @Test
    void exactShapesOfTheParts() {
        JsonNode n = CONTRACT.readTree(CONTRACT.writeValueAsString(sampleReport()));
        assertEquals("{\"title\":\"政府工作报告\",\"region\":\"示例市示例区\",\"regionCode\":\"990102\",\"level\":\"COUNTY\",\"year\":2018,"
                + "\"reviewYear\":\"2013-2017\",\"date\":\"2018-01-09\",\"speaker\":\"张三\",\"speakerTitle\":\"区长\","
                + "\"meeting\":\"示例区第一届人民代表大会第一次会议\"}", n.get("metadata").toString());
        assertEquals("{\"title\":\"二、今年工作安排\",\"level\":1,\"start\":100,\"end\":180,\"sections\":[]}",
                n.get("sections").get(1).toString());
        JsonNode nested = n.get("sections").get(0).get("sections").get(0).get("sections").get(0);
        assertEquals("1. 扩大有效投资", nested.get("title").stringValue());
        assertEquals(3, nested.get("level").intValue());
        assertEquals(List.of("name", "concept", "value", "change", "period", "start", "end"),
                List.copyOf(n.get("indicators").get(0).propertyNames()));
        assertEquals("gdp", n.get("indicators").get(0).get("concept").stringValue());
        assertTrue(n.get("indicators").get(1).get("concept").isNull(), "no concept is written as null");
        JsonNode onlyChange = n.get("indicators").get(1);
        assertTrue(onlyChange.get("value").isNull());
        assertTrue(onlyChange.get("period").isNull());
        assertEquals(MentionJsonTest.CONTRACT_FIELDS, List.copyOf(onlyChange.get("change").propertyNames()));
        assertEquals("2013-2017", n.get("indicators").get(2).get("period").stringValue());
        assertEquals(List.of("name", "concept", "value", "change", "period", "start", "end", "headline", "stretch", "sense"),
                List.copyOf(n.get("targets").get(1).propertyNames()));
        assertEquals("gdp", n.get("targets").get(0).get("concept").stringValue());
        assertTrue(n.get("targets").get(1).get("concept").isNull());
        assertTrue(n.get("targets").get(1).get("stretch").booleanValue());
        assertEquals("FLOOR", n.get("targets").get(0).get("sense").stringValue());
        assertTrue(n.get("targets").get(1).get("sense").isNull(), "a target built without a sense");
        assertEquals("{\"title\":\"办好民生实事\",\"section\":null,\"start\":170,\"end\":180}",
                n.get("tasks").get(1).toString());
        assertEquals("{\"term\":\"示例术语\",\"definition\":\"一个为测试编写的解释。\",\"start\":190,\"end\":200,"
                + "\"references\":[{\"start\":12,\"end\":16},{\"start\":140,\"end\":144}]}",
                n.get("annotations").get(0).toString());
        assertEquals("[{\"measure\":\"经济增速\",\"start\":110,\"end\":127},"
                + "{\"measure\":\"经济增长\",\"start\":136,\"end\":149}]",
                n.get("noTargets").toString());
        // no mention anywhere carries a lossless-only field in contract mode
        assertFalse(n.toString().contains("\"basis\""));
        assertFalse(n.toString().contains("\"fraction\""));
    }

    @Test
    void losslessTasksCarryTheirTargets() {
        JsonNode task = LOSSLESS.readTree(LOSSLESS.writeValueAsString(sampleReport())).get("tasks").get(0);
        assertEquals(List.of("title", "section", "start", "end", "targets"), List.copyOf(task.propertyNames()));
        assertEquals("新增就业", task.get("targets").get(0).get("name").stringValue());
    }

    @Test
    void contractJsonReadsBackWithoutValuesOrTaskTargets() {
        Report r = sampleReport();
        Report back = LOSSLESS.readValue(CONTRACT.writeValueAsString(r), Report.class);
        assertEquals(List.of(), back.values());
        assertEquals(List.of(), back.tasks().get(0).targets());
        assertEquals(r.metadata(), back.metadata());
        assertEquals(r.sections(), back.sections());
        assertEquals(r.annotations(), back.annotations());
        assertEquals(r.noTargets(), back.noTargets());
        assertEquals(2, back.noTargets().size());
    }

    @Test
    void losslessRoundTripKeepsNoTargets() {
        Report r = sampleReport();
        Report back = LOSSLESS.readValue(LOSSLESS.writeValueAsString(r), Report.class);
        assertEquals(List.of(new NoTarget("经济增速", new Span(110, 127)), new NoTarget("经济增长", new Span(136, 149))),
                back.noTargets());
        assertEquals(r, back);
        JsonNode n = LOSSLESS.readTree(LOSSLESS.writeValueAsString(r));
        assertEquals(List.of("measure", "start", "end"), List.copyOf(n.get("noTargets").get(0).propertyNames()));
    }

    @Test
    void noTargetOnItsOwn() {
        NoTarget t = new NoTarget("经济增速", new Span(3, 20));
        assertEquals("{\"measure\":\"经济增速\",\"start\":3,\"end\":20}", CONTRACT.writeValueAsString(t));
        assertEquals(t, LOSSLESS.readValue("{\"measure\":\"经济增速\",\"start\":3,\"end\":20}", NoTarget.class));
    }

    @Test
    void reportWithoutNoTargetsReadsAsEmpty() {
        ObjectNode old = (ObjectNode) LOSSLESS.readTree(LOSSLESS.writeValueAsString(sampleReport()));
        assertNotNull(old.remove("noTargets"));
        Report back = LOSSLESS.readValue(old.toString(), Report.class);
        assertEquals(List.of(), back.noTargets());
        assertEquals(sampleReport().targets(), back.targets());
        // an old empty report too, and under FAIL_ON_UNKNOWN_PROPERTIES the field is known
        String none = "{\"metadata\":null,\"sections\":[],\"indicators\":[],\"targets\":[],\"tasks\":[],"
                + "\"annotations\":[]}";
        assertEquals(List.of(), LOSSLESS.readValue(none, Report.class).noTargets());
        ObjectMapper strict = JsonMapper.builder()
                .addModule(new GovReportModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
        Report r = sampleReport();
        assertEquals(r, strict.readValue(LOSSLESS.writeValueAsString(r), Report.class));
    }

    @Test
    void noTargetWithoutMeasureFailsNamingThePath() {
        String json = CONTRACT.writeValueAsString(sampleReport());
        String nullMeasure = json.replace("\"measure\":\"经济增长\"", "\"measure\":null");
        assertFalse(json.equals(nullMeasure));
        MismatchedInputException e =
                assertThrows(MismatchedInputException.class, () -> LOSSLESS.readValue(nullMeasure, Report.class));
        assertTrue(e.getMessage().contains("noTargets[1].measure: missing"), e.getMessage());
        String noMeasure = json.replace("\"measure\":\"经济增速\",", "");
        MismatchedInputException m =
                assertThrows(MismatchedInputException.class, () -> LOSSLESS.readValue(noMeasure, Report.class));
        assertTrue(m.getMessage().contains("noTargets[0].measure: missing"), m.getMessage());
        String numberMeasure = json.replace("\"measure\":\"经济增速\"", "\"measure\":7");
        MismatchedInputException k =
                assertThrows(MismatchedInputException.class, () -> LOSSLESS.readValue(numberMeasure, Report.class));
        assertTrue(k.getMessage().contains("noTargets[0].measure: expected a string"), k.getMessage());
        String noEnd = json.replace("\"start\":136,\"end\":149", "\"start\":136");
        MismatchedInputException s =
                assertThrows(MismatchedInputException.class, () -> LOSSLESS.readValue(noEnd, Report.class));
        assertTrue(s.getMessage().contains("noTargets[1].end: missing"), s.getMessage());
        String notArray = json.replaceFirst("\"noTargets\":\\[.*?\\]", "\"noTargets\":{}");
        MismatchedInputException a =
                assertThrows(MismatchedInputException.class, () -> LOSSLESS.readValue(notArray, Report.class));
        assertTrue(a.getMessage().contains("noTargets: expected an array"), a.getMessage());
    }

    @Test
    void aRegionCodeIsSixDigitsOrNothing() {
        String json = LOSSLESS.writeValueAsString(sampleReport());
        assertTrue(json.contains("\"regionCode\":\"990102\""), json);
        String shortCode = json.replace("\"regionCode\":\"990102\"", "\"regionCode\":\"9901\"");
        MismatchedInputException e =
                assertThrows(MismatchedInputException.class, () -> LOSSLESS.readValue(shortCode, Report.class));
        assertTrue(e.getMessage().contains("metadata.regionCode: expected six digits: 9901"), e.getMessage());
        IllegalArgumentException direct = assertThrows(IllegalArgumentException.class,
                () -> new Metadata(null, "示例市", "99010x", null, null, null, null, null, null, null));
        assertTrue(direct.getMessage().contains("99010x"), direct.getMessage());
    }

    @Test
    void conceptsRoundTripWithAndWithout() {
        Report r = sampleReport();
        assertEquals("gdp", r.indicators().get(0).concept());
        assertEquals(null, r.indicators().get(1).concept());
        Report back = LOSSLESS.readValue(LOSSLESS.writeValueAsString(r), Report.class);
        assertEquals(r.indicators(), back.indicators());
        assertEquals(r.targets(), back.targets());
        assertEquals("gdp", back.targets().get(0).concept());
        assertEquals(null, back.targets().get(2).concept());
        // the contract mode writes it too, right after the name
        Report fromContract = LOSSLESS.readValue(CONTRACT.writeValueAsString(r), Report.class);
        assertEquals(r.indicators(), fromContract.indicators());
        assertEquals("gdp", fromContract.targets().get(0).concept());

        Indicator alone = new Indicator("城镇新增就业", r.values().get(9), null, YearSpan.of(2017), new Span(3, 9),
                "urban-new-jobs");
        String json = CONTRACT.writeValueAsString(alone);
        assertTrue(json.startsWith("{\"name\":\"城镇新增就业\",\"concept\":\"urban-new-jobs\",\"value\":"), json);
        assertEquals(alone, LOSSLESS.readValue(LOSSLESS.writeValueAsString(alone), Indicator.class));
        assertEquals("urban-new-jobs", LOSSLESS.readValue(json, Indicator.class).concept());
    }

    @Test
    void jsonWithoutConceptReadsAsNull() {
        ObjectNode old = (ObjectNode) LOSSLESS.readTree(LOSSLESS.writeValueAsString(sampleReport()));
        for (String list : List.of("indicators", "targets")) {
            for (JsonNode m : old.get(list)) {
                assertNotNull(((ObjectNode) m).remove("concept"), m.toString());
                ((ObjectNode) m).remove("sense"); // JSON from before targets had a sense, too
            }
        }
        for (JsonNode task : old.get("tasks")) {
            for (JsonNode t : task.get("targets")) {
                ((ObjectNode) t).remove("concept");
                ((ObjectNode) t).remove("sense");
            }
        }
        assertFalse(old.toString().contains("\"concept\""));
        Report back = LOSSLESS.readValue(old.toString(), Report.class);
        assertEquals(null, back.indicators().get(0).concept());
        assertEquals(null, back.targets().get(0).concept());
        assertEquals(sampleReport().indicators().get(0).name(), back.indicators().get(0).name());
        assertEquals(sampleReport().indicators().get(0).value(), back.indicators().get(0).value());
        // the same report without concepts, built with the constructors from before concepts
        Target t = sampleReport().targets().get(0);
        assertEquals(new Target(t.name(), t.value(), t.change(), t.period(), t.span(), t.headline(), t.stretch()),
                back.targets().get(0));
        // an old single target reads too, also when unknown fields are errors
        ObjectMapper strict = JsonMapper.builder()
                .addModule(new GovReportModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
        assertEquals(back.targets().get(1), strict.readValue(old.get("targets").get(1).toString(), Target.class));
        assertEquals("gdp", strict.readValue(LOSSLESS.writeValueAsString(t), Target.class).concept());
    }

    @Test
    void aBlankOrNonStringConceptFailsNamingThePath() {
        String json = CONTRACT.writeValueAsString(sampleReport());
        String blank = json.replaceFirst("\"concept\":\"gdp\"", "\"concept\":\" \"");
        assertFalse(json.equals(blank));
        MismatchedInputException b =
                assertThrows(MismatchedInputException.class, () -> LOSSLESS.readValue(blank, Report.class));
        assertTrue(b.getMessage().contains("indicators[0]: concept of 地区生产总值 is blank"), b.getMessage());
        String number = json.replaceFirst("\"concept\":\"gdp\"", "\"concept\":1");
        MismatchedInputException n =
                assertThrows(MismatchedInputException.class, () -> LOSSLESS.readValue(number, Report.class));
        assertTrue(n.getMessage().contains("indicators[0].concept: expected a string"), n.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Target("某目标", sampleReport().values().get(0), null,
                null, new Span(0, 1), false, false, ""));
    }

    @Test
    void yearSpanAndLevelOnTheirOwn() {
        assertEquals("\"2013-2017\"", LOSSLESS.writeValueAsString(new YearSpan(2013, 2017)));
        assertEquals("\"2017\"", LOSSLESS.writeValueAsString(YearSpan.of(2017)));
        assertEquals(new YearSpan(2013, 2017), LOSSLESS.readValue("\"2013-2017\"", YearSpan.class));
        assertEquals(YearSpan.of(2017), LOSSLESS.readValue("2017", YearSpan.class));
        assertEquals("\"PROVINCE\"", LOSSLESS.writeValueAsString(Level.PROVINCE));
        assertEquals(Level.CITY, LOSSLESS.readValue("\"CITY\"", Level.class));
        assertThrows(MismatchedInputException.class, () -> LOSSLESS.readValue("\"2017-2013\"", YearSpan.class));
    }

    @Test
    void invalidReportFailsNamingThePath() {
        String json = CONTRACT.writeValueAsString(sampleReport()).replace("\"level\":3", "\"level\":0");
        MismatchedInputException e =
                assertThrows(MismatchedInputException.class, () -> LOSSLESS.readValue(json, Report.class));
        assertTrue(e.getMessage().contains("sections[0].sections[0].sections[0]: section level must be at least 1"),
                e.getMessage());
        String badKind = CONTRACT.writeValueAsString(sampleReport())
                .replaceFirst("\"kind\":\"QUANTITY\"", "\"kind\":\"MONEY\"");
        MismatchedInputException k =
                assertThrows(MismatchedInputException.class, () -> LOSSLESS.readValue(badKind, Report.class));
        assertTrue(k.getMessage().contains("indicators[0].value.kind: expected one of"), k.getMessage());
    }

    /**
     * On the class path, {@code findAndAddModules()} finds the module through {@code
     * META-INF/services/tools.jackson.databind.JacksonModule}. Surefire runs this module's tests on the
     * module path, where a named module's {@code META-INF/services} is ignored (and the model cannot declare
     * {@code provides}, see module-info), so the test loads the model, core and Jackson afresh on a class
     * path of their own and drives Jackson there by reflection.
     */
    @Test
    void classPathServiceLoaderFindsTheModule() throws Exception {
        List<URL> classPath = new ArrayList<>();
        for (Class<?> c : List.of(GovReportModule.class, Value.class, JacksonModule.class, JsonGenerator.class,
                JsonProperty.class)) {
            classPath.add(c.getProtectionDomain().getCodeSource().getLocation());
        }
        try (URLClassLoader loader = new URLClassLoader(classPath.toArray(URL[]::new), new JdkOnlyLoader())) {
            List<?> found = (List<?>) loader.loadClass("tools.jackson.databind.cfg.MapperBuilder")
                    .getMethod("findModules", ClassLoader.class)
                    .invoke(null, loader);
            List<String> names = found.stream().map(m -> m.getClass().getName()).toList();
            assertEquals(List.of(GovReportModule.class.getName()), names);
            assertTrue(found.get(0).getClass().getClassLoader() == loader);

            // a mapper built with findAndAddModules() there reads and writes the report losslessly
            // (the no-argument findAndAddModules() looks in the context class loader)
            Thread thread = Thread.currentThread();
            ClassLoader context = thread.getContextClassLoader();
            Object mapper;
            try {
                thread.setContextClassLoader(loader);
                Object builder = loader.loadClass("tools.jackson.databind.json.JsonMapper").getMethod("builder").invoke(null);
                builder = builder.getClass().getMethod("findAndAddModules").invoke(builder);
                mapper = builder.getClass().getMethod("build").invoke(builder);
            } finally {
                thread.setContextClassLoader(context);
            }
            Class<?> reportType = loader.loadClass(Report.class.getName());
            String json = LOSSLESS.writeValueAsString(sampleReport());
            Object report = mapper.getClass().getMethod("readValue", String.class, Class.class).invoke(mapper, json, reportType);
            assertEquals(reportType, report.getClass());
            Object again = mapper.getClass().getMethod("writeValueAsString", Object.class).invoke(mapper, report);
            assertEquals(json, again);
        }
    }

    /**
     * Sees the JDK's classes and nothing else. The platform loader would not do as a parent: the JDK's
     * built-in loaders share one package-to-module map, so it hands the model's and Jackson's packages to
     * the application loader, which has them as named modules.
     */
    private static final class JdkOnlyLoader extends ClassLoader {
        JdkOnlyLoader() {
            super(null);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            Class<?> c = ClassLoader.getPlatformClassLoader().loadClass(name);
            if (c.getModule().getLayer() != ModuleLayer.boot() || c.getClassLoader() == ClassLoader.getSystemClassLoader()) {
                throw new ClassNotFoundException(name);
            }
            return c;
        }
    }

    @Test
    void theModeAddedLastWins() {
        Report r = sampleReport();
        ObjectMapper contractLast = JsonMapper.builder().findAndAddModules().addModule(GovReportModule.contract()).build();
        assertEquals(CONTRACT.writeValueAsString(r), contractLast.writeValueAsString(r));
        ObjectMapper losslessLast = JsonMapper.builder()
                .addModule(GovReportModule.contract())
                .addModule(new GovReportModule())
                .build();
        assertEquals(LOSSLESS.writeValueAsString(r), losslessLast.writeValueAsString(r));
        assertTrue(new GovReportModule().isLossless());
        assertFalse(GovReportModule.contract().isLossless());
    }
}
