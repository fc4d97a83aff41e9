package io.rugdesk.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import io.rugdesk.ui.GameBoard.SidebetOdds;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The sidebet's price against a computation written out here: the chance the game survives tick after tick. */
class SidebetPriceTest {

    @Test
    void aFortyTickWindowWinsWithOneMinusTheChanceOfFortyTicksWithoutARug() {
        // survival after k ticks = survival after k−1 ticks minus the share of it that rugs at tick k
        BigDecimal survives = BigDecimal.ONE;
        for (int tick = 1; tick <= 40; tick++) {
            survives = survives.subtract(survives.multiply(new BigDecimal("0.005")));
        }
        BigDecimal wins = BigDecimal.ONE.subtract(survives);
        BigDecimal perSolStaked = wins.multiply(BigDecimal.valueOf(5)).subtract(BigDecimal.ONE);

        SidebetOdds odds = SidebetPrice.ODDS;
        assertThat(odds.windowTicks()).isEqualTo(40);
        assertThat(odds.payout()).isEqualByComparingTo("5");
        assertThat(odds.winChance()).isEqualByComparingTo(wins);
        assertThat(odds.expectation()).isEqualByComparingTo(perSolStaked);
        // the figures protocol.md §4.7 quotes: about 18.2 % and −9 % per bet
        assertThat(odds.winChance()).isBetween(new BigDecimal("0.1816"), new BigDecimal("0.1817"));
        assertThat(odds.expectation()).isBetween(new BigDecimal("-0.0920"), new BigDecimal("-0.0915"));
    }
}
