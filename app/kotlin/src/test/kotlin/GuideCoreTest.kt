// guide-core through its generated Kotlin bindings on the JVM (JNA), against a live
// guide-server and then offline: the same scenarios as app/python/tests/test_core.py.

import java.io.File
import java.net.HttpURLConnection
import java.net.ServerSocket
import java.net.URI
import java.nio.file.Files
import org.junit.jupiter.api.AfterAll
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertNotEquals
import org.junit.jupiter.api.Assertions.assertNotNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.BeforeAll
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.TestInstance
import org.junit.jupiter.api.assertThrows
import uniffi.guide_core.CoreConfig
import uniffi.guide_core.CoreException
import uniffi.guide_core.ExploreQuery
import uniffi.guide_core.GeoPoint
import uniffi.guide_core.GuideCore
import uniffi.guide_core.LocationProvider
import uniffi.guide_core.PlanRequest
import uniffi.guide_core.PurchaseInput
import uniffi.guide_core.TokenStore
import uniffi.guide_core.TransitRequest

/** Secure token storage in memory (a shell uses the Android Keystore). */
class MemoryTokens : TokenStore {
    private var token: String? = null
    override fun load(): String? = token
    override fun save(token: String?) { this.token = token }
}

/** The device position: next to Canton Tower. */
class NearCantonTower : LocationProvider {
    override fun current(): GeoPoint? = GeoPoint(lat = 23.1066, lng = 113.3245)
}

/** A guide-server process on a free loopback port with its own SQLite database. */
class Server(workdir: File) {
    val port = ServerSocket(0).use { it.localPort }
    val base = "http://127.0.0.1:$port"
    private val process: Process

    init {
        val bin = System.getProperty("guide.server.bin")
        val builder = ProcessBuilder(bin).directory(workdir)
            .redirectErrorStream(true).redirectOutput(File(workdir, "server.log"))
        builder.environment().putAll(mapOf(
            "GUIDE_DATABASE_URL" to "sqlite://${File(workdir, "server.db").absolutePath}?mode=rwc",
            "GUIDE_BIND" to "127.0.0.1:$port",
            "GUIDE_SEEDS_DIR" to System.getProperty("guide.seeds.dir"),
            "GUIDE_LOG" to "warn",
            "GUIDE_JWT_SECRET" to "kotlin-suite-secret-kotlin-suite-secret",
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
            process.waitFor()
        }
    }
}

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GuideCoreTest {
    private val workdir: File = Files.createTempDirectory("guide-core-kt-").toFile()
    private lateinit var server: Server

    @BeforeAll
    fun start() { server = Server(workdir) }

    @AfterAll
    fun stop() {
        server.stop()
        workdir.deleteRecursively()
    }

    private fun newCore(dataDir: File) =
        GuideCore(CoreConfig(baseUrl = server.base, dataDir = dataDir.path, locale = "ja"), MemoryTokens(), NearCantonTower())

    private fun trip() = TransitRequest(
        nationality = "US", entryPort = "CAN", entryAt = "2026-12-01T14:30:00+08:00",
        origin = "US", destination = "JP", exitPort = null, exitAt = null, passportExpiry = null,
    )

    /** The same visit online or offline; returns what was seen, to compare. */
    private fun scenario(core: GuideCore, offline: Boolean): Map<String, Any> {
        core.setLocale("ja")
        val explore = core.explore(ExploreQuery(nearMe = true, radiusM = 5000u))
        assertEquals("ja", explore.header.locale)
        assertEquals(offline, explore.header.offline)
        assertTrue(explore.items.isNotEmpty())
        val distances = explore.items.map { it.distanceM!! }
        assertEquals(distances.sorted(), distances)
        val refund = core.explore(ExploreQuery(taxRefund = true))
        assertTrue(refund.items.all { c -> c.badges.any { it.code == "tax_refund" || it.code == "instant_refund" } })
        val place = core.place("canton-tower")
        assertEquals("广州塔", place.driverCard.nameZh)
        assertNotNull(place.mapLinks)

        core.setLocale("ar")
        val ar = core.place("canton-tower")
        assertTrue(ar.header.rtl)
        assertNotEquals(place.card.name, ar.card.name)

        val check = core.checkTransit(trip())
        assertTrue(check.eligible)
        assertEquals("transit_240h", check.scheme)
        assertEquals("2026-12-12T00:00:00+08:00", check.deadlineAt)
        assertNotNull(check.countdown)
        val plan = core.planTrip(PlanRequest(
            entryAt = "2026-12-01T14:30:00+08:00", exitAt = "2026-12-04T18:00:00+08:00",
            interests = listOf("food", "heritage"), pace = "normal", start = null, mustSee = listOf("canton-tower"),
        ))
        assertEquals(4, plan.days.size)
        assertTrue(plan.days.flatMap { it.items }.any { it.slug == "canton-tower" })
        assertTrue(core.exportCalendar().startsWith("BEGIN:VCALENDAR"))
        val bad = assertThrows<CoreException.Validation> {
            core.checkTransit(trip().copy(nationality = "", entryAt = "soon"))
        }
        assertEquals(listOf("entry_at", "nationality"), bad.fields.map { it.field })
        return mapOf("ja" to place.card.name, "ar" to ar.card.name, "days" to plan.days.size)
    }

    @Test
    fun onlineThenOffline() {
        val dataDir = File(workdir, "phone")
        val core = newCore(dataDir)
        val first = core.sync()
        assertTrue(first.full && first.changed > 50u)
        assertTrue(core.sync().unchanged)
        core.setLocale("ar")
        assertTrue(core.sync().full)
        val online = scenario(core, offline = false)
        core.toggleFavorite("canton-tower")

        server.stop()
        assertThrows<CoreException.Offline> { core.sync() }
        val offline = scenario(core, offline = true)
        assertEquals(online, offline)
        val view = core.addPurchase(PurchaseInput(store = "teemall", date = "2026-12-02", amountCny = "800", vatRate = 13u, instant = false))
        assertTrue(view.purchases[0].pending && view.groups[0].eligible)
        assertEquals(listOf("canton-tower"), core.saved().favorites.map { it.slug })
        core.close()

        val restarted = newCore(dataDir)
        assertEquals(1, restarted.refundTracker(null).purchases.size)
        assertEquals(listOf("ar", "ja"), restarted.settings().offlineLocales)
        restarted.close()
    }
}
