package org.newsdesk.classify.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class CalibrationReportTest {

    @Test
    void eceIsTheWeightedGapBetweenConfidenceAndAccuracyPerBin() {
        // bin (0.8667, 0.9333]: 0.9, 0.9 with 1 of 2 right -> gap 0.4; bin (0.2667, 0.3333]: 0.3 right -> gap 0.7
        CalibrationReport r = CalibrationReport.compute(List.of(0.9, 0.9, 0.3), List.of(true, false, true), 15);
        assertEquals((2.0 / 3) * 0.4 + (1.0 / 3) * 0.7, r.ece(), 1e-9);
        assertEquals(15, r.bins().size());
        assertEquals(2, r.bins().get(13).articles());
        assertEquals(0.5, r.bins().get(13).accuracy(), 1e-9);
        assertEquals(1, r.bins().get(4).articles());
    }

    @Test
    void perfectCalibrationHasZeroErrorAndEdgesFallInTheRightBin() {
        CalibrationReport r = CalibrationReport.compute(List.of(1.0, 1.0, 0.0), List.of(true, true, false), 15);
        assertEquals(0.0, r.ece(), 1e-12);
        assertEquals(2, r.bins().get(14).articles(), "1.0 is in the last bin");
        assertEquals(1, r.bins().get(0).articles(), "0.0 is in the first bin");
        assertEquals(16, r.csvRows().size());
    }

    @Test
    void refusesBadInput() {
        assertThrows(IllegalArgumentException.class, () -> CalibrationReport.compute(List.of(1.2), List.of(true), 15));
        assertThrows(IllegalArgumentException.class, () -> CalibrationReport.compute(List.of(0.5), List.of(), 15));
    }
}
