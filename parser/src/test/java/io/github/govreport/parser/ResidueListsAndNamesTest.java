package io.github.govreport.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a page leaves in the text (page numbers after dot leaders, note numbers in superscripts, values a
 * failed replacement destroyed), a unit written once for a list, counts with 大, and numerals that name a
 * thing: each case beside the same shape where the number is a value. Invented sentences; every mention
 * of each is listed ({@link Mentions#describe}, joined by {@code ;}).
 */
class ResidueListsAndNamesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '\t', nullValues = "NONE", textBlock = """
            推进改革......12	NONE
            推进改革 ...  12	NONE
            推进改革……15	NONE
            推进改革…15	NONE
            推进改革..12	12|QUANTITY|-|-|12|-|-|-|-|EXACT
            新增12个	12个|QUANTITY|-|-|12|-|-|个|COUNT|EXACT
            三会<sup>1</sup>的职能	NONE
            三会<SUP>2</SUP>的职能	NONE
            委员会<superscript>3</superscript>的职能	NONE
            <td>3</td>	3|QUANTITY|-|-|3|-|-|-|-|EXACT
            <span class=x>6</span>	6|QUANTITY|-|-|6|-|-|-|-|EXACT
            >7个	7个|QUANTITY|-|-|7|-|-|个|COUNT|EXACT
            增长$1.$2%	NONE
            增长2$1.$2%	NONE
            港币$100亿	100亿|QUANTITY|-|-|10000000000|-|-|-|-|EXACT
            收入5$	5|QUANTITY|-|-|5|-|-|-|-|EXACT
            """)
    void residueIsNoValue(String input, String expected) {
        assertEquals(expected == null ? List.of() : List.of(expected.split(";")), all(input));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '\t', textBlock = """
            分别提高2.0、1.4和7.6个百分点	提高2.0|PERCENTAGE_POINT|UP|-|2|-|-|百分点|RATIO|EXACT;1.4|PERCENTAGE_POINT|UP|-|1.4|-|-|百分点|RATIO|EXACT;7.6个百分点|PERCENTAGE_POINT|UP|-|7.6|-|-|百分点|RATIO|EXACT
            分别为8和9.5%	8|PERCENT|-|-|8|-|-|%|RATIO|EXACT;9.5%|PERCENT|-|-|9.5|-|-|%|RATIO|EXACT
            分别为8与9.5%	8|PERCENT|-|-|8|-|-|%|RATIO|EXACT;9.5%|PERCENT|-|-|9.5|-|-|%|RATIO|EXACT
            分别为8及9.5%	8|PERCENT|-|-|8|-|-|%|RATIO|EXACT;9.5%|PERCENT|-|-|9.5|-|-|%|RATIO|EXACT
            达到8 和 9.5%	8|PERCENT|-|-|8|-|-|%|RATIO|EXACT;9.5%|PERCENT|-|-|9.5|-|-|%|RATIO|EXACT
            达到8，和9.5%	8|QUANTITY|-|-|8|-|-|-|-|EXACT;9.5%|PERCENT|-|-|9.5|-|-|%|RATIO|EXACT
            新增就业12000,失业率3.5%	12000|QUANTITY|-|-|12000|-|-|-|-|EXACT;3.5%|PERCENT|-|-|3.5|-|-|%|RATIO|EXACT
            分别增长2、3万人	增长2|QUANTITY|UP|-|2|-|-|-|-|EXACT;3万人|QUANTITY|UP|-|30000|-|-|人|PERSON|EXACT
            分别增长2、3个人	增长2|QUANTITY|UP|-|2|-|-|个|COUNT|EXACT;3个|QUANTITY|UP|-|3|-|-|个|COUNT|EXACT
            约8和9.5%	约8|QUANTITY|-|-|8|-|-|-|-|APPROX;9.5%|PERCENT|-|-|9.5|-|-|%|RATIO|EXACT
            提升五大工程	五|QUANTITY|-|-|5|-|-|-|-|EXACT
            提升5项工程	提升5项|QUANTITY|UP|-|5|-|-|项|COUNT|EXACT
            提高2、降低3个百分点	提高2|PERCENTAGE_POINT|UP|-|2|-|-|百分点|RATIO|EXACT;降低3个百分点|PERCENTAGE_POINT|DOWN|-|3|-|-|百分点|RATIO|EXACT
            """)
    void aUnitWrittenOnceReachesTheListBeforeIt(String input, String expected) {
        assertEquals(List.of(expected.split(";")), all(input));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '\t', nullValues = "NONE", textBlock = """
            连续工作12小时	12小时|QUANTITY|-|-|12|-|-|小时|TIME|EXACT
            庆祝建区30周年	NONE
            营商环境3.0改革	NONE
            营商环境3.5改革	3.5改革|QUANTITY|-|-|3.5|-|-|改革|UNKNOWN|EXACT
            增长3.0%	增长3.0%|PERCENT|UP|-|3|-|-|%|RATIO|EXACT
            举办2025示例博览会	NONE
            新增2025人	2025人|QUANTITY|-|-|2025|-|-|人|PERSON|EXACT
            举办1899示例展	1899|QUANTITY|-|-|1899|-|-|-|-|EXACT
            举办1899展会	1899展会|QUANTITY|-|-|1899|-|-|展会|UNKNOWN|EXACT
            举办2100展会	2100展会|QUANTITY|-|-|2100|-|-|展会|UNKNOWN|EXACT
            举办2099展会	NONE
            举办1900示例展	NONE
            举办2099示例展	NONE
            落实八项规定	NONE
            落实八项措施	八项|QUANTITY|-|-|8|-|-|项|COUNT|EXACT
            开通12345热线	NONE
            """)
    void aNumeralRightBeforeANameNamesAThing(String input, String expected) {
        assertEquals(expected == null ? List.of() : List.of(expected.split(";")), all(input));
    }

    private static List<String> all(String input) {
        return ValueParser.standard().findAll(input).stream().map(Mentions::describe).toList();
    }
}
