// The desktop visitor client: a phone-sized JavaFX window over guide-core. Everything a
// visitor reads comes from the core's view models (already localized and formatted); this
// shell lays them out and forwards clicks. See docs/APP.md.

package guide.desktop

import java.io.File
import javafx.application.Application
import javafx.scene.Scene
import javafx.stage.Stage
import uniffi.guide_core.CoreConfig
import uniffi.guide_core.GeoPoint
import uniffi.guide_core.GuideCore
import uniffi.guide_core.LocationProvider
import uniffi.guide_core.TokenStore

/** Phone-sized window. */
const val WIDTH = 400.0
const val HEIGHT = 800.0

/** Where the client points and keeps its offline store (environment, else defaults). */
data class Settings(val apiUrl: String, val dataDir: String, val locale: String, val position: GeoPoint?) {
    companion object {
        fun fromEnvironment(env: Map<String, String> = System.getenv()): Settings = Settings(
            apiUrl = env["GUIDE_API_URL"] ?: "http://127.0.0.1:8080",
            dataDir = env["GUIDE_DATA_DIR"]
                ?: File(System.getProperty("user.home"), ".local/share/canton-guide").path,
            locale = env["GUIDE_LOCALE"] ?: java.util.Locale.getDefault().toLanguageTag(),
            position = env["GUIDE_POSITION"]?.split(',')?.mapNotNull { it.trim().toDoubleOrNull() }
                ?.takeIf { it.size == 2 }?.let { GeoPoint(lat = it[0], lng = it[1]) },
        )
    }
}

/**
 * Token storage for the session (a phone keeps it in the Keystore / Keychain). Sign-in is
 * not in the core yet, so nothing is persisted.
 */
class MemoryTokens : TokenStore {
    @Volatile private var token: String? = null
    override fun load(): String? = token
    override fun save(token: String?) { this.token = token }
}

/** A desktop has no GPS: a position given in GUIDE_POSITION ("lat,lng"), else none. */
class FixedPosition(private val at: GeoPoint?) : LocationProvider {
    override fun current(): GeoPoint? = at
}

/** Opens the core for `settings`. */
fun openCore(settings: Settings): GuideCore = GuideCore(
    CoreConfig(baseUrl = settings.apiUrl, dataDir = settings.dataDir, locale = settings.locale),
    MemoryTokens(),
    FixedPosition(settings.position),
)

class GuideApp : Application() {
    private var shell: Shell? = null

    override fun start(stage: Stage) {
        val settings = Settings.fromEnvironment()
        val core = openCore(settings)
        val shell = Shell(core, nearMe = settings.position != null, openUrl = { hostServices.showDocument(it) })
        this.shell = shell
        stage.scene = Scene(shell.root, WIDTH, HEIGHT)
        stage.minWidth = 320.0
        shell.titleListener = { stage.title = it }
        stage.show()
        shell.start()
    }

    override fun stop() {
        shell?.close()
    }
}

fun main(args: Array<String>) {
    Application.launch(GuideApp::class.java, *args)
}
