package org.civicdata.tracker.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.annotation.Introspected;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The replay a revert restores, on a record with a field of each primitive type. */
class AuditTrailTest {

    /** A record whose primitive fields were all added after the version reverted to. */
    @Introspected
    public static class Counts {
        private String label;
        private boolean flagged;
        private int count;
        private long total;
        private double ratio;
        private short small;
        private char mark;

        public String getLabel() {
            return label;
        }

        public void setLabel(String label) {
            this.label = label;
        }

        public boolean isFlagged() {
            return flagged;
        }

        public void setFlagged(boolean flagged) {
            this.flagged = flagged;
        }

        public int getCount() {
            return count;
        }

        public void setCount(int count) {
            this.count = count;
        }

        public long getTotal() {
            return total;
        }

        public void setTotal(long total) {
            this.total = total;
        }

        public double getRatio() {
            return ratio;
        }

        public void setRatio(double ratio) {
            this.ratio = ratio;
        }

        public short getSmall() {
            return small;
        }

        public void setSmall(short small) {
            this.small = small;
        }

        public char getMark() {
            return mark;
        }

        public void setMark(char mark) {
            this.mark = mark;
        }
    }

    private static Counts counted() {
        Counts c = new Counts();
        c.setLabel("now");
        c.setFlagged(true);
        c.setCount(7);
        c.setTotal(70_000_000_000L);
        c.setRatio(0.5);
        c.setSmall((short) 3);
        c.setMark('x');
        return c;
    }

    @Test
    void aPrimitiveFieldTheOldVersionLacksGetsItsTypesDefault() {
        Counts c = counted();

        AuditTrail.restore(c, Map.of("label", "then"));

        assertThat(c.getLabel()).isEqualTo("then");
        assertThat(c.isFlagged()).isFalse();
        assertThat(c.getCount()).isZero();
        assertThat(c.getTotal()).isZero();
        assertThat(c.getRatio()).isZero();
        assertThat(c.getSmall()).isZero();
        assertThat(c.getMark()).isEqualTo('\0');
    }

    @Test
    void valuesTheOldVersionHadAreRestoredAsTheAuditJsonReadsThem() {
        Counts c = counted();

        // What the audit JSON reads back: whole numbers as Integer or Long, the rest as text.
        AuditTrail.restore(
                c,
                Map.of(
                        "label",
                        "then",
                        "flagged",
                        false,
                        "count",
                        2,
                        "total",
                        5_000_000_000L,
                        "ratio",
                        "0.25",
                        "small",
                        4,
                        "mark",
                        "y"));

        assertThat(c.getLabel()).isEqualTo("then");
        assertThat(c.isFlagged()).isFalse();
        assertThat(c.getCount()).isEqualTo(2);
        assertThat(c.getTotal()).isEqualTo(5_000_000_000L);
        assertThat(c.getRatio()).isEqualTo(0.25);
        assertThat(c.getSmall()).isEqualTo((short) 4);
        assertThat(c.getMark()).isEqualTo('y');
    }

    @Test
    void eachPrimitiveTypesDefaultIsTheValueAFieldOfItStartsWith() {
        assertThat(AuditTrail.defaultOf(boolean.class)).isEqualTo(false);
        assertThat(AuditTrail.defaultOf(int.class)).isEqualTo(0);
        assertThat(AuditTrail.defaultOf(long.class)).isEqualTo(0L);
        assertThat(AuditTrail.defaultOf(double.class)).isEqualTo(0.0);
        assertThat(AuditTrail.defaultOf(float.class)).isEqualTo(0.0f);
        assertThat(AuditTrail.defaultOf(short.class)).isEqualTo((short) 0);
        assertThat(AuditTrail.defaultOf(byte.class)).isEqualTo((byte) 0);
        assertThat(AuditTrail.defaultOf(char.class)).isEqualTo('\0');
    }
}
