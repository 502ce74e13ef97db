package org.civicdata.tracker.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.civicdata.tracker.e2e.Browser;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Time to a drawn map in headless Chromium (bench/public-api.sh): loads the map page N times, each in
 * a fresh browser cache state, and reads the browser's own Navigation Timing and Paint Timing. The
 * map is inline SVG in the HTML, so it is drawn when the document is: "load" is when the page and
 * its one stylesheet and script are done, "first paint" is Chromium's first-contentful-paint.
 * Usage: PageLoadBenchmark <url> [runs]
 */
public final class PageLoadBenchmark {

    private PageLoadBenchmark() {}

    public static void main(String[] args) {
        String url = args[0];
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        ChromeDriver browser = Browser.start();
        try {
            List<Double> load = new ArrayList<>();
            List<Double> paint = new ArrayList<>();
            List<Double> dom = new ArrayList<>();
            for (int i = 0; i < runs + 2; i++) {
                browser.executeCdpCommand("Network.clearBrowserCache", Map.of());
                browser.get(url);
                @SuppressWarnings("unchecked")
                Map<String, Object> t = (Map<String, Object>)
                        browser.executeScript(
                                "const n = performance.getEntriesByType('navigation')[0];"
                                        + "const p = performance.getEntriesByName('first-contentful-paint')[0];"
                                        + "return {load: n.loadEventEnd, dom: n.domContentLoadedEventEnd, paint: p ? p.startTime : -1,"
                                        + " markers: document.querySelectorAll('svg.map a.marker, svg.map g.areas a').length};");
                if (i >= 2) { // the first two warm the server and the browser
                    load.add(((Number) t.get("load")).doubleValue());
                    dom.add(((Number) t.get("dom")).doubleValue());
                    paint.add(((Number) t.get("paint")).doubleValue());
                }
                if (i == 0) {
                    System.out.printf("map elements drawn: %s%n", t.get("markers"));
                }
            }
            System.out.printf(
                    "runs: %d   median ms: first paint %.0f, DOM ready %.0f, load (map drawn) %.0f   max load %.0f%n",
                    runs,
                    median(paint),
                    median(dom),
                    median(load),
                    load.stream().mapToDouble(Double::doubleValue).max().orElse(0));
        } finally {
            browser.quit();
        }
        System.exit(0);
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
