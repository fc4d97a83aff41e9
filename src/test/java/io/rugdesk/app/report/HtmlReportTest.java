package io.rugdesk.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.rugdesk.backtest.Backtest;
import io.rugdesk.backtest.BacktestReport;
import io.rugdesk.backtest.BacktestSettings;
import io.rugdesk.backtest.GeneratedGames;
import io.rugdesk.risk.RiskLimits;
import io.rugdesk.strategy.StrategyCatalog;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HtmlReportTest {

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    @Test
    void oneSelfContainedPageWithFourChartsAndEveryGame() throws Exception {
        BacktestSettings settings = new BacktestSettings(StrategyCatalog.builtIn().configure("fixed-ticks",
                Map.of("sidebetTick", "2")), BigDecimal.TEN, 0, RiskLimits.NONE, 0, false);
        BacktestReport report = new Backtest(settings, null).run(List.of(), new GeneratedGames(30, 1), List.of());
        StringWriter out = new StringWriter();
        HtmlReport.write(report, out);
        String html = out.toString();

        Matcher images = Pattern.compile("src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\"").matcher(html);
        int count = 0;
        while (images.find()) {
            count++;
            var image = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(images.group(1))));
            assertThat(image.getWidth()).isEqualTo(900);
        }
        assertThat(count).isEqualTo(4);
        assertThat(html).doesNotContain("http://", "https://", "<script");
        assertThat(html.split("<td class=\"l\">gen-1-", -1)).hasSize(31);   // one row per game
        assertThat(html).contains(report.summary().endBalance().stripTrailingZeros().toPlainString());
    }
}
