package io.github.govreport.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/**
 * How {@link ReportPiecesFuzz} turns the fuzzer's bytes into text: a few bytes must already give a long
 * text, because libFuzzer grows its inputs slowly and once stayed at 6 bytes for a whole run.
 */
class ReportPiecesFuzzTextTest {

    @Test
    void twoBytesGiveTextsOfMoreThan100Kb() {
        // piece 4 (全县生产总值增长6%左右, 12 chars), repeat byte 0x6F: (1 + 7) << 13 = 65,536 times
        String text = ReportPiecesFuzz.text(new byte[] {4, 0x6F});
        assertEquals(12 * 65_536, text.length());
        assertTrue(text.startsWith("全县生产总值增长6%左右全县"));
    }

    @Test
    void theRepeatByteSpansOneToTheMost() {
        assertEquals("。", ReportPiecesFuzz.text(new byte[] {6, 0}));
        assertEquals("。".repeat(ReportPiecesFuzz.MAX_REPEAT), ReportPiecesFuzz.text(new byte[] {6, 0x77}));
        // the shift wraps at 15: 0x7F is 8 << (15 % 15) = 8, 0x80 is 1 << (16 % 15) = 2
        assertEquals(8, ReportPiecesFuzz.text(new byte[] {6, 0x7F}).length());
        assertEquals(2, ReportPiecesFuzz.text(new byte[] {6, (byte) 0x80}).length());
    }

    @Test
    void piecesFollowOneAnotherAndOwnCharsComeFromTheBytes() {
        // piece 5 (，) once, then own chars: two, 0x4E00 一 and 0x0041 A, repeated (1 + 2) << 1 = 6 times
        String text = ReportPiecesFuzz.text(new byte[] {5, 0, (byte) 0xFF, 0x0A, 0x4E, 0x00, 0x00, 0x41});
        assertEquals("，" + "一A".repeat(6), text);
    }

    @Test
    void theTextStopsAtItsLimit() {
        byte[] bytes = new byte[2 * ReportPiecesFuzz.MAX_PARTS];
        for (int i = 0; i < bytes.length; i += 2) {
            bytes[i] = 4;
            bytes[i + 1] = 0x77;
        }
        String text = ReportPiecesFuzz.text(bytes);
        assertTrue(text.length() <= ReportPiecesFuzz.MAX_CHARS, "length " + text.length());
        assertTrue(text.length() > ReportPiecesFuzz.MAX_CHARS - 12, "length " + text.length());
    }

    @Test
    void theStoredSeedIsLongEnoughForLibFuzzerToBuildManyPieces() throws IOException {
        // libFuzzer starts its length limit at the longest stored input and, with Jazzer's custom mutator,
        // does not grow it (it stayed at 4 bytes, two pieces, even with -max_len=128): the seed sets it
        byte[] seed;
        try (InputStream in = ReportPiecesFuzzTextTest.class.getResourceAsStream(
                "ReportPiecesFuzzInputs/reportLikeTextParses/seed-every-piece")) {
            seed = in.readAllBytes();
        }
        assertTrue(seed.length >= 128, "seed of " + seed.length + " bytes");
        String text = ReportPiecesFuzz.text(seed);
        for (int i = 0; i < ReportPiecesFuzz.PIECES.length; i++) {
            assertTrue(text.contains(ReportPiecesFuzz.PIECES[i]), "piece " + i);
        }
        assertTrue(text.contains("一1%一1%"), text);
    }
}
