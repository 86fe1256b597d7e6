// A visitor walks through every screen of the desktop client, headless (TestFX + Monocle),
// against a live guide-server and then with it stopped, in English, Japanese and Arabic,
// and a screenshot of each screen goes to target/screenshots/app/ (repository root).

package guide.desktop

import java.awt.image.BufferedImage
import java.io.File
import java.net.HttpURLConnection
import java.net.ServerSocket
import java.net.URI
import java.nio.file.Files
import java.util.concurrent.TimeUnit
import javafx.geometry.NodeOrientation
import javafx.scene.Node
import javafx.scene.Scene
import javafx.scene.control.ButtonBase
import javafx.scene.control.Label
import javafx.scene.control.ScrollPane
import javafx.scene.control.TextField
import javafx.scene.image.PixelFormat
import javafx.scene.image.WritableImage
import javafx.scene.layout.Pane
import javafx.stage.Stage
import javax.imageio.ImageIO
import org.junit.jupiter.api.AfterAll
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNotNull
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.BeforeAll
import org.junit.jupiter.api.MethodOrderer
import org.junit.jupiter.api.Order
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.TestInstance
import org.junit.jupiter.api.TestMethodOrder
import org.testfx.api.FxRobot
import org.testfx.api.FxToolkit
import org.testfx.util.WaitForAsyncUtils
import uniffi.guide_core.GeoPoint
import uniffi.guide_core.GuideCore

/** A guide-server process on a free loopback port with its own SQLite database. */
class Server(workdir: File) {
    val port = ServerSocket(0).use { it.localPort }
    val base = "http://127.0.0.1:$port"
    private val process: Process

    init {
        val builder = ProcessBuilder(System.getProperty("guide.server.bin")).directory(workdir)
            .redirectErrorStream(true).redirectOutput(File(workdir, "server.log"))
        builder.environment().putAll(mapOf(
            "GUIDE_DATABASE_URL" to "sqlite://${File(workdir, "server.db").absolutePath}?mode=rwc",
            "GUIDE_BIND" to "127.0.0.1:$port",
            "GUIDE_SEEDS_DIR" to System.getProperty("guide.seeds.dir"),
            "GUIDE_LOG" to "warn",
            "GUIDE_JWT_SECRET" to "desktop-suite-secret-desktop-suite-secret",
        ))
        process = builder.start()
        val deadline = System.currentTimeMillis() + 60_000
        while (!ready()) {
            check(process.isAlive) { "guide-server exited with ${process.exitValue()}" }
            check(System.currentTimeMillis() < deadline) { "guide-server not ready within 60 s" }
            Thread.sleep(200)
        }
    }

    private fun ready(): Boolean = try {
        val c = URI("$base/readyz").toURL().openConnection() as HttpURLConnection
        c.connectTimeout = 1000
        c.responseCode == 200
    } catch (e: java.io.IOException) {
        false
    }

    fun stop() {
        if (process.isAlive) {
            process.destroy()
            process.waitFor(15, TimeUnit.SECONDS)
        }
    }
}

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation::class)
class VisitorWalkTest : FxRobot() {
    private val workdir: File = Files.createTempDirectory("guide-desktop-").toFile()
    private val dataDir = File(workdir, "phone")
    private val shots = File(System.getProperty("guide.screenshots") ?: "target/screenshots/app")
    private lateinit var server: Server
    private lateinit var stage: Stage
    private lateinit var core: GuideCore
    private lateinit var shell: Shell
    private val opened = mutableListOf<String>()

    @BeforeAll
    fun start() {
        shots.mkdirs()
        server = Server(workdir)
        stage = FxToolkit.registerPrimaryStage()
        open(server.base)
    }

    @AfterAll
    fun stop() {
        // The server first: a failed start must not leave it running.
        if (::server.isInitialized) server.stop()
        if (::shell.isInitialized) interact { shell.close() }
        FxToolkit.cleanupStages()
        workdir.deleteRecursively()
    }

    /** Starts the client on the same data folder, as `cargo xtask app` would. */
    private fun open(base: String) {
        core = openCore(Settings(apiUrl = base, dataDir = dataDir.path, locale = "en", position = GeoPoint(23.1066, 113.3245)))
        FxToolkit.setupStage { s ->
            // The countdown's own refresh would redraw the Trip tab under the robot's feet.
            shell = Shell(core, nearMe = true, openUrl = { opened.add(it) }, refreshSeconds = 3600.0)
            s.scene = Scene(shell.root, WIDTH, HEIGHT)
            s.show()
        }
        interact { shell.start() }
        settle()
    }

    // -------------------------------------------------------------------------------
    // Helpers

    /** Waits until no core call runs and the FX thread has drawn the answers. */
    private fun settle() {
        val deadline = System.currentTimeMillis() + 30_000
        while (true) {
            WaitForAsyncUtils.waitForFxEvents()
            if (shell.idle) {
                WaitForAsyncUtils.waitForFxEvents()
                if (shell.idle) return
            }
            assertTrue(System.currentTimeMillis() < deadline, "core calls still running after 30 s")
            Thread.sleep(20)
        }
    }

    private fun node(id: String): Node = lookup("#$id").query()
    private fun has(id: String): Boolean = lookup("#$id").tryQuery<Node>().isPresent
    private fun textOf(id: String): String = (node(id) as Label).text

    private fun fire(id: String) {
        interact { (node(id) as ButtonBase).fire() }
        settle()
    }

    private fun tap(id: String) {
        clickOn("#$id")
        settle()
    }

    /** Fills a field; the search field one character at a time, as a visitor types. */
    private fun type(id: String, value: String) {
        val field = node(id) as TextField
        interact { field.clear() }
        if (id == "search") {
            for (i in 1..value.length) interact { field.text = value.substring(0, i) }
        } else {
            interact { field.text = value }
        }
        settle()
    }

    /** Scrolls the screen so that `id` is at the top. */
    private fun reveal(id: String) {
        interact {
            val scroll = lookup(".scroll").query<ScrollPane>()
            val content = scroll.content
            val y = content.sceneToLocal(node(id).localToScene(0.0, 0.0)).y
            val extra = content.boundsInLocal.height - scroll.viewportBounds.height
            scroll.vvalue = if (extra <= 0) 0.0 else (y / extra).coerceIn(0.0, 1.0)
        }
        WaitForAsyncUtils.waitForFxEvents()
    }

    /** The window as a PNG under target/screenshots/app/. */
    private fun shot(name: String) {
        settle()
        val image: WritableImage = WaitForAsyncUtils.asyncFx<WritableImage> { stage.scene.snapshot(null) }
            .get(10, TimeUnit.SECONDS)
        val w = image.width.toInt()
        val h = image.height.toInt()
        val argb = IntArray(w * h)
        image.pixelReader.getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w)
        val out = BufferedImage(w, h, BufferedImage.TYPE_INT_RGB)
        out.setRGB(0, 0, w, h, argb, 0, w)
        ImageIO.write(out, "png", File(shots, "$name.png"))
    }

    /** The texts of the labels inside `id`. */
    private fun texts(id: String): List<String> = from(node(id)).lookup(".label").queryAll<Label>().map { it.text }

    private fun cards(): List<String> = (node("list") as Pane).children.mapNotNull { it.id }

    // -------------------------------------------------------------------------------
    // The walk

    /** Every screen in `locale`; `keep` leaves the purchase in the tracker. */
    private fun walk(locale: String, offline: Boolean, keep: Boolean = false) {
        val mode = if (offline) "offline" else "online"
        val name = { screen: String -> "$mode-$locale-$screen" }

        // Settings: switch the language (online it downloads it).
        tap("tab-settings")
        fire("lang-$locale")
        val labels = shell.labels
        assertEquals(locale, labels.locale)
        assertEquals(locale == "ar", labels.rtl)
        assertEquals(if (locale == "ar") NodeOrientation.RIGHT_TO_LEFT else NodeOrientation.LEFT_TO_RIGHT, shell.root.nodeOrientation)
        assertEquals(labels.tabs.last().label, textOf("title"))
        assertTrue((node("lang-$locale") as javafx.scene.control.ToggleButton).isSelected)
        assertTrue(has("offline-status"))
        fire("sync")
        assertNotNull(textOf("sync-status").ifEmpty { null })
        shot(name("settings"))

        // Explore: the list, the offline banner, search as you type, a filter.
        tap("tab-explore")
        assertEquals(labels.tabs.first().label, textOf("title"))
        assertEquals(offline, node("banner").isVisible)
        assertTrue(cards().size > 10)
        shot(name("explore"))
        fire("chip-tax_refund")
        assertTrue((node("chip-tax_refund") as javafx.scene.control.ToggleButton).isSelected)
        val refundCards = cards()
        assertTrue(refundCards.isNotEmpty())
        for (card in refundCards) {
            assertTrue(lookup("#$card .badge-tax_refund").tryQuery<Node>().isPresent ||
                lookup("#$card .badge-instant_refund").tryQuery<Node>().isPresent, card)
        }
        fire("chip-tax_refund")
        type("search", "广州塔")
        assertEquals("card-canton-tower", cards().first())
        shot(name("explore-search"))

        // Place: hours, how to pay, badges, map links, the driver card full-window.
        tap("card-canton-tower")
        assertEquals("广州塔", textOf("place-zh"))
        assertTrue(has("hours") && has("section-payments") && has("place-badges") && has("section-maps"))
        assertTrue(has("back"))
        if ((node("favorite") as ButtonBase).text == labels.favoriteAdd) fire("favorite")
        assertEquals(labels.favoriteRemove, (node("favorite") as ButtonBase).text)
        fire("map-amap")
        assertTrue(opened.last().startsWith("http") || opened.last().startsWith("amap"), opened.last())
        shot(name("place"))
        fire("driver-show")
        assertEquals("广州塔", textOf("driver-name"))
        assertTrue(has("driver-qr"))
        shot(name("place-driver-card"))
        fire("driver-close")
        assertFalse(has("driver-card"))
        fire("back")
        assertEquals(labels.tabs.first().label, textOf("title"))
        type("search", "")

        // Trip: a wrong time is refused by the core, field by field; then the check with
        // its deadline and countdown, then a plan.
        tap("tab-planner")
        type("field-nationality", "US")
        type("field-entry_port", "CAN")
        type("field-entry_at", "soon")
        type("field-origin", "US")
        type("field-destination", "JP")
        type("field-exit_at", "2026-12-04T18:00:00+08:00")
        fire("transit-check")
        assertTrue(has("problem-entry_at"))
        type("field-entry_at", "2026-12-01T14:30:00+08:00")
        fire("transit-check")
        assertFalse(has("problem-entry_at"))
        assertTrue(has("deadline") && has("countdown"))
        val check = core.checkTransit(uniffi.guide_core.TransitRequest("US", "CAN", "2026-12-01T14:30:00+08:00", "US", "JP", null, "2026-12-04T18:00:00+08:00", null))
        assertEquals(check.verdict, textOf("verdict"))
        assertEquals(check.deadline, textOf("deadline"))
        reveal("transit-check")
        shot(name("trip"))
        if (!(node("interest-food") as javafx.scene.control.ToggleButton).isSelected) fire("interest-food")
        if (!(node("interest-heritage") as javafx.scene.control.ToggleButton).isSelected) fire("interest-heritage")
        fire("plan")
        assertTrue(has("plan-day-0") && has("plan-day-3"))
        assertFalse(has("plan-day-4"))
        reveal("plan-result")
        shot(name("trip-plan"))

        // Tax refund: add a purchase, totals per store and day, the departure checklist.
        tap("tab-refund")
        type("field-store", "teemall")
        type("field-date", "2026-12-02")
        type("field-amount_cny", "800")
        type("field-vat_rate", "13")
        fire("purchase-add")
        assertTrue(has("group-0"))
        type("field-departure_at", "2026-12-05T10:00:00+08:00")
        fire("checklist-update")
        assertTrue(has("checklist"))
        val tracker = core.refundTracker("2026-12-05T10:00:00+08:00")
        assertEquals(tracker.refund, textOf("refund-total"))
        shot(name("refund"))
        reveal("checklist")
        shot(name("refund-checklist"))
        if (!keep) {
            val id = tracker.purchases.last().id
            fire("remove-$id")
            assertFalse(has("remove-$id"))
        }

        // Zones, routes and a route's stops in order.
        tap("tab-zones")
        assertEquals(core.zones().items.size, lookup(".card").queryAll<Node>().size)
        shot(name("zones"))
        tap("tab-routes")
        val routes = core.routes()
        assertTrue(routes.items.isNotEmpty())
        shot(name("routes"))
        val first = routes.items.first().slug
        tap("route-$first")
        val route = core.route(first)
        route.stops.forEachIndexed { i, s ->
            assertTrue(s.place.name in texts("stop-$i"), "stop $i")
        }
        assertFalse(has("stop-${route.stops.size}"))
        shot(name("route"))

        // Saved: the favourite.
        tap("tab-saved")
        assertTrue(has("card-canton-tower"))
        shot(name("saved"))
    }

    @Test
    @Order(1)
    fun englishOnline() = walk("en", offline = false)

    @Test
    @Order(2)
    fun japaneseOnline() = walk("ja", offline = false)

    @Test
    @Order(3)
    fun arabicOnline() = walk("ar", offline = false)

    @Test
    @Order(4)
    fun everyLanguageOfflineWithTheServerStopped() {
        server.stop()
        walk("en", offline = true)
        walk("ja", offline = true)
        walk("ar", offline = true, keep = true)
    }

    @Test
    @Order(5)
    fun aRestartedAppKeepsPurchasesFavouritesAndLanguagesOffline() {
        interact { shell.close() }
        open(server.base)
        tap("tab-refund")
        assertTrue(lookup(".purchase").queryAll<Node>().size == 1)
        tap("tab-saved")
        assertTrue(has("card-canton-tower"))
        assertNull(lookup("#empty").tryQuery<Node>().orElse(null))
        tap("tab-settings")
        assertEquals(listOf("ar", "en", "ja"), core.settings().offlineLocales.sorted())
        shot("offline-restart-settings")
    }
}
