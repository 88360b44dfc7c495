package org.gongkai.jobs.testing;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Level;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Debian's headless Chromium driven through its ChromeDriver, the browser console captured. Nothing is downloaded:
 * when the browser, its driver or a CJK font is missing the test fails (CI must run it) and names the script that
 * installs them.
 */
public final class HeadlessChromium {

    public static final String INSTALL = "scripts/install-browser.sh";

    private HeadlessChromium() {
    }

    /** Starts the browser with a fresh profile in {@code profile}; fails with the install script's name if absent. */
    public static ChromeDriver start(Path profile) {
        Path browser = onPath("chromium").orElseGet(() -> missing("chromium"));
        Path driver = onPath("chromedriver").orElseGet(() -> missing("chromedriver (package chromium-driver)"));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser.toFile());
        // The flags this machine's closed network and root user need (no sandbox, no background connections).
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1280,900");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile())
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /** Fails unless fontconfig knows a font with Chinese glyphs (else the page shows boxes). */
    public static void requireCjkFont() {
        try {
            Process fcList = new ProcessBuilder("fc-list", ":lang=zh", "family").redirectErrorStream(true).start();
            String fonts = new String(fcList.getInputStream().readAllBytes());
            if (fcList.waitFor() != 0 || fonts.isBlank()) {
                fail("no font with Chinese glyphs is installed: run " + INSTALL);
            }
        } catch (IOException e) {
            fail("fontconfig (fc-list) is missing, so is a CJK font: run " + INSTALL + " (" + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail("interrupted while listing the fonts");
        }
    }

    private static Optional<Path> onPath(String program) {
        String path = System.getenv().getOrDefault("PATH", "/usr/bin");
        return Stream.of(path.split(File.pathSeparator)).map(dir -> Path.of(dir, program))
                .filter(Files::isExecutable).findFirst();
    }

    private static Path missing(String what) {
        return fail(what + " is not installed: run " + INSTALL + " (installs chromium, chromium-driver and a CJK font "
                + "with apt-get)");
    }
}
