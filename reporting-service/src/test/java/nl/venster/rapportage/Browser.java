package nl.venster.rapportage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A real headless Chromium (Debian's chromium and chromium-driver, installed here when missing) driven by Selenium,
 * with a fresh profile per browser. The flags keep it quiet and working as root without a display: no sandbox (root),
 * no GPU, and no background traffic to the outside.
 */
final class Browser implements AutoCloseable {

    static final Dimension DESKTOP = new Dimension(1280, 1024);
    /** A phone in portrait: 360 CSS pixels wide. */
    static final Dimension TELEFOON = new Dimension(360, 800);
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    final ChromeDriver driver;
    private final Path profiel;

    Browser() {
        installeerAlsHetOntbreekt();
        try {
            profiel = Files.createTempDirectory("openbaar-chromium-");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        ChromeOptions opties = new ChromeOptions();
        opties.setBinary(CHROMIUM.toFile());
        opties.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profiel, "--lang=nl-NL");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, opties);
        driver.manage().window().setSize(DESKTOP);
    }

    void formaat(Dimension formaat) {
        driver.manage().window().setSize(formaat);
    }

    /** A screenshot of the whole page as test output (target/schermafdrukken). */
    Path schermafdruk(String naam) {
        try {
            Path map = Path.of("target", "schermafdrukken");
            Files.createDirectories(map);
            Path bestand = map.resolve(naam + ".png");
            Files.write(bestand, volledigePagina());
            return bestand;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What a visitor sees first: the browser window only (target/schermafdrukken). */
    Path venster(String naam) {
        try {
            Path map = Path.of("target", "schermafdrukken");
            Files.createDirectories(map);
            Path bestand = map.resolve(naam + ".png");
            Files.write(bestand, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return bestand;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Chromium shoots the viewport only: the window is made as tall as the page first. */
    private byte[] volledigePagina() {
        Dimension was = driver.manage().window().getSize();
        Number hoogte = (Number) driver.executeScript("return document.documentElement.scrollHeight");
        driver.manage().window().setSize(new Dimension(was.getWidth(), Math.min(hoogte.intValue() + 140, 16000)));
        byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        driver.manage().window().setSize(was);
        return png;
    }

    @Override
    public void close() {
        driver.quit();
        try (var paden = Files.walk(profiel)) {
            paden.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary profile is harmless
        }
    }

    /** The test setup installs the browser on a fresh machine (as root, from Debian's packages). */
    private static synchronized void installeerAlsHetOntbreekt() {
        if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
            return;
        }
        voerUit(List.of("apt-get", "update", "-qq"));
        voerUit(List.of("apt-get", "install", "-y", "-qq", "chromium", "chromium-driver"));
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("chromium en chromium-driver konden niet worden geïnstalleerd");
        }
    }

    private static void voerUit(List<String> opdracht) {
        try {
            ProcessBuilder builder = new ProcessBuilder(opdracht).inheritIO();
            builder.environment().put("DEBIAN_FRONTEND", "noninteractive");
            Process proces = builder.start();
            if (!proces.waitFor(15, TimeUnit.MINUTES) || proces.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", opdracht) + " is mislukt");
            }
        } catch (IOException e) {
            throw new IllegalStateException(String.join(" ", opdracht) + " kon niet starten", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
