// The window's frame (header, screen, navigation bar, driver-card overlay) and the screens.
// Each screen asks the core for its view model on a background thread (Dispatchers.IO: core
// calls block) and renders it on the FX thread. Nothing here formats, decides or words
// anything: text comes from the view models and from `GuideCore.labels()`.

package guide.desktop

import java.util.concurrent.atomic.AtomicInteger
import javafx.animation.KeyFrame
import javafx.animation.Timeline
import javafx.geometry.NodeOrientation
import javafx.geometry.Pos
import javafx.scene.Node
import javafx.scene.canvas.Canvas
import javafx.scene.paint.Color
import javafx.scene.control.Button
import javafx.scene.control.CheckBox
import javafx.scene.control.Hyperlink
import javafx.scene.control.Label
import javafx.scene.control.ScrollPane
import javafx.scene.control.TextField
import javafx.scene.control.ToggleButton
import javafx.scene.layout.BorderPane
import javafx.scene.layout.ColumnConstraints
import javafx.scene.layout.FlowPane
import javafx.scene.layout.GridPane
import javafx.scene.layout.HBox
import javafx.scene.layout.Priority
import javafx.scene.layout.StackPane
import javafx.scene.layout.VBox
import javafx.util.Duration
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.MainScope
import kotlinx.coroutines.cancel
import kotlinx.coroutines.launch
import kotlinx.coroutines.withContext
import uniffi.guide_core.CoreException
import uniffi.guide_core.DriverCard
import uniffi.guide_core.ExploreQuery
import uniffi.guide_core.ExploreView
import uniffi.guide_core.FormField
import uniffi.guide_core.GuideCore
import uniffi.guide_core.Header
import uniffi.guide_core.Labels
import uniffi.guide_core.PlaceView
import uniffi.guide_core.PlanRequest
import uniffi.guide_core.PlanView
import uniffi.guide_core.PurchaseInput
import uniffi.guide_core.QrView
import uniffi.guide_core.RefundView
import uniffi.guide_core.RouteView
import uniffi.guide_core.RoutesView
import uniffi.guide_core.SavedView
import uniffi.guide_core.SettingsView
import uniffi.guide_core.TransitRequest
import uniffi.guide_core.TransitView
import uniffi.guide_core.ZonesView

class Shell(
    private val core: GuideCore,
    private val nearMe: Boolean = false,
    private val openUrl: (String) -> Unit = {},
    /** How often the Trip tab asks the core again for its countdown. */
    refreshSeconds: Double = 30.0,
) {
    /** The scene's root: the frame, and the driver card over it when shown. */
    val root = StackPane()
    private val frame = BorderPane()
    private val title = text("", "title", id = "title")
    private val banner = text("", "banner", id = "banner")
    private val alerts = VBox(2.0)
    private val error = text("", "error", id = "error")
    private val backButton = Button().apply { id = "back"; styleClass.add("back") }
    private val header = VBox(4.0).apply { styleClass.add("header") }
    private val content = VBox(10.0).apply { styleClass.add("content") }
    private val scroll = ScrollPane(content).apply { isFitToWidth = true; styleClass.add("scroll") }
    private val nav = GridPane().apply { styleClass.add("nav") }
    private val scope = MainScope()
    private val running = AtomicInteger(0)

    /** The window title follows the screen's. */
    var titleListener: (String) -> Unit = {}

    /** The shell's words in the current language. */
    var labels: Labels = core.labels()
        private set

    /** The tab shown (`explore`, `planner`, …). */
    var tab: String = "explore"
        private set

    // Explore: the query, and a counter so a slow answer never replaces a newer one.
    private var query = ExploreQuery(nearMe = nearMe)
    private var exploreGeneration = 0
    private var search = TextField()
    private val chips = FlowPane(6.0, 6.0)
    private val count = text("", "muted", id = "count")
    private val list = VBox(8.0).apply { id = "list" }

    // Trip and refund forms keep what was typed across tabs and languages.
    private val values = mutableMapOf<String, String>()
    private val interests = linkedSetOf<String>()
    private var instant = false
    private var lastCheck: TransitRequest? = null
    private var lastPlan: PlanRequest? = null
    private var transit: TransitView? = null
    private var plan: PlanView? = null
    private var problems: Map<String, String> = emptyMap()
    private val countdown = Timeline(KeyFrame(Duration.seconds(refreshSeconds), { refreshCountdown() })).apply {
        cycleCount = Timeline.INDEFINITE
    }

    /** No core call is running (tests wait for this). */
    val idle: Boolean get() = running.get() == 0

    init {
        root.styleClass.add("app")
        root.stylesheets.add(Shell::class.java.getResource("app.css")!!.toExternalForm())
        header.children.addAll(HBox(8.0, backButton, title).apply { alignment = Pos.CENTER_LEFT }, banner, alerts, error)
        HBox.setHgrow(title, Priority.ALWAYS)
        // A long title wraps inside the window instead of widening it.
        title.minWidth = 0.0
        backButton.minWidth = USE_PREF
        for (pane in listOf(frame, header, content)) pane.minWidth = 0.0
        title.isWrapText = false
        // Nothing draws outside the window (long right-to-left lines JavaFX measures short).
        root.clip = javafx.scene.shape.Rectangle().apply {
            widthProperty().bind(root.widthProperty())
            heightProperty().bind(root.heightProperty())
        }
        frame.top = header
        frame.center = scroll
        frame.bottom = nav
        root.children.add(frame)
        for (i in 0 until 4) nav.columnConstraints.add(ColumnConstraints().apply { percentWidth = 25.0 })
        chips.id = "chips"
        setBack(null)
        show(null)
        applyLabels()
    }

    /** First screen: Explore from the store at once, then a sync and Explore again. */
    fun start() {
        showTab("explore")
        load({ core.sync() }, onError = { }) { showTab(tab) }
        countdown.play()
    }

    fun close() {
        countdown.stop()
        scope.cancel()
        core.close()
    }

    // ---------------------------------------------------------------------------------
    // Frame

    /** Runs a core call off the FX thread and renders its answer on it. */
    private fun <T> load(call: () -> T, onError: (CoreException) -> Unit = ::showError, render: (T) -> Unit) {
        running.incrementAndGet()
        scope.launch {
            try {
                val value = withContext(Dispatchers.IO) { call() }
                render(value)
            } catch (e: CoreException) {
                onError(e)
            } finally {
                running.decrementAndGet()
            }
        }
    }

    private fun showError(e: CoreException) {
        val message = when (e) {
            is CoreException.Offline -> e.reason
            is CoreException.Server -> e.reason
            is CoreException.NotFound -> e.what
            is CoreException.Other -> e.reason
            is CoreException.Validation -> e.fields.joinToString("\n") { it.message }
            is CoreException.Unauthorized -> ""
        }
        show(error, message.ifEmpty { null })
    }

    private fun show(label: Label, value: String?) {
        label.text = value ?: ""
        label.isVisible = value != null
        label.isManaged = value != null
    }

    private fun show(message: String?) = show(error, message)

    private fun setBack(onBack: (() -> Unit)?) {
        backButton.isVisible = onBack != null
        backButton.isManaged = onBack != null
        backButton.setOnAction { onBack?.invoke() }
    }

    /** The top of every screen, from its view model's header. */
    private fun renderHeader(h: Header, onBack: (() -> Unit)? = null) {
        title.text = h.title
        titleListener(h.title)
        show(banner, h.banner)
        alerts.children.setAll(h.alerts.map { text(it, "alert") })
        root.nodeOrientation = if (h.rtl) NodeOrientation.RIGHT_TO_LEFT else NodeOrientation.LEFT_TO_RIGHT
        setBack(onBack)
    }

    private fun renderContent(nodes: List<Node>) {
        content.children.setAll(nodes)
        scroll.vvalue = 0.0
    }

    /** Navigation bar and the shell's own words, after a language change. */
    private fun applyLabels() {
        val l = labels
        root.nodeOrientation = if (l.rtl) NodeOrientation.RIGHT_TO_LEFT else NodeOrientation.LEFT_TO_RIGHT
        root.style = fontFor(l.locale)?.let { "-fx-font-family: '$it';" } ?: ""
        root.styleClass.remove("rtl")
        if (l.rtl) root.styleClass.add("rtl")
        backButton.text = l.back
        nav.children.setAll(l.tabs.mapIndexed { i, t ->
            button(t.label, "tab-${t.key}", "tab") { showTab(t.key) }.apply {
                if (t.key == tab) styleClass.add("tab-on")
                GridPane.setConstraints(this, i % 4, i / 4)
                maxHeight = Double.MAX_VALUE
            }
        })
        search = TextField(query.text ?: "").apply {
            id = "search"
            promptText = l.search
            textProperty().addListener { _, _, now -> query = query.copy(text = now.ifBlank { null }); loadExplore() }
        }
    }

    /** Opens a tab of the navigation bar. */
    fun showTab(key: String) {
        tab = key
        show(null)
        nav.children.forEach { n ->
            n.styleClass.remove("tab-on")
            if (n.id == "tab-$key") n.styleClass.add("tab-on")
        }
        when (key) {
            "explore" -> showExplore()
            "planner" -> showTrip()
            "refund" -> loadRefund(null)
            "zones" -> load({ core.zones() }) { renderZones(it) }
            "routes" -> load({ core.routes() }) { renderRoutes(it) }
            "saved" -> load({ core.saved() }) { renderSaved(it) }
            "settings" -> load({ core.settings() }) { renderSettings(it, null) }
        }
    }

    // ---------------------------------------------------------------------------------
    // Explore

    private fun showExplore() {
        renderContent(listOf(search, chips, count, list))
        loadExplore()
    }

    private fun loadExplore() {
        val generation = ++exploreGeneration
        val q = query
        load({ core.explore(q) }) { v -> if (generation == exploreGeneration && tab == "explore") renderExplore(v) }
    }

    private fun renderExplore(v: ExploreView) {
        renderHeader(v.header)
        chips.children.setAll(v.chips.map { c ->
            ToggleButton(c.label).apply {
                id = "chip-${c.key}"
                isSelected = c.on
                styleClass.add("chip")
                setOnAction { query = toggle(query, c.key); loadExplore() }
            }
        })
        count.text = v.count
        list.children.setAll(
            v.empty?.let { listOf(text(it, "empty", id = "empty")) }
                ?: v.items.map { placeCard(it) { slug -> openPlace(slug) { showTab("explore") } } },
        )
    }

    /** Flips the query field a chip stands for (the chip keys are ExploreQuery's fields). */
    private fun toggle(q: ExploreQuery, key: String): ExploreQuery = when (key) {
        "open_now" -> q.copy(openNow = !q.openNow)
        "foreign_card" -> q.copy(foreignCard = !q.foreignCard)
        "tax_refund" -> q.copy(taxRefund = !q.taxRefund)
        "instant_refund" -> q.copy(instantRefund = !q.instantRefund)
        "duty_free" -> q.copy(dutyFree = !q.dutyFree)
        "night" -> q.copy(night = !q.night)
        "near_me" -> q.copy(nearMe = !q.nearMe)
        else -> q
    }

    // ---------------------------------------------------------------------------------
    // Place

    /** Opens a place; `onBack` returns to where the visitor came from. */
    fun openPlace(slug: String, onBack: () -> Unit) {
        show(null)
        load({ core.place(slug) }) { renderPlace(it, onBack) }
    }

    private fun renderPlace(v: PlaceView, onBack: () -> Unit) {
        val l = labels
        renderHeader(v.header, onBack)
        val c = v.card
        val nodes = mutableListOf<Node>(
            text(c.nameZh, "place-zh", "zh", id = "place-zh"),
            FlowPane(10.0, 2.0, *listOfNotNull(c.kindLabel, c.distance).map { text(it, "muted").apply { maxWidth = USE_PREF } }.toTypedArray()),
            badges(c.badges).apply { id = "place-badges" },
        )
        c.summary?.let { nodes.add(text(it)) }
        nodes.add(
            HBox(8.0,
                button(l.driverShow, "driver-show", "primary") { showDriverCard(v.driverCard) },
                button(if (c.favorite) l.favoriteRemove else l.favoriteAdd, "favorite") {
                    load({ core.toggleFavorite(c.slug) }) { openPlace(c.slug, onBack) }
                },
            ).apply { children.forEach { HBox.setHgrow(it, Priority.ALWAYS) } },
        )
        nodes.addAll(v.notices.map { text(it, "notice") })
        val hours = mutableListOf<Node>(text(v.hours, "strong", id = "hours"))
        v.hoursNote?.let { hours.add(text(it, "muted")) }
        hours.addAll(v.hoursWeek.map { r ->
            HBox(10.0, text(r.label, "muted").apply { minWidth = 90.0; maxWidth = USE_PREF }, text(r.detail ?: "")).apply { styleClass.add("week-row") }
        })
        nodes.add(section(l.hours, hours, id = "section-hours"))
        if (v.payments.isNotEmpty()) {
            nodes.add(section(l.payments, v.payments.map { r ->
                column(spacing = 0.0, children = listOfNotNull(text(r.label), r.detail?.let { text(it, "muted") }))
            }, id = "section-payments"))
        }
        if (v.friendliness.isNotEmpty()) nodes.add(column("section", children = v.friendliness.map { text(it) }))
        val where = listOfNotNull(v.address?.let { text(it) }, v.addressZh?.let { text(it, "zh") }, v.phone?.let { text(it) }) + v.zones.map { text(it, "muted") }
        if (where.isNotEmpty()) nodes.add(column("section", children = where))
        v.mapLinks?.let { m ->
            nodes.add(section(l.maps, listOf(
                link(l.mapAmap, m.amap, "map-amap"),
                link(l.mapApple, m.apple, "map-apple"),
                link(l.mapGoogle, m.google, "map-google"),
            ), id = "section-maps"))
        }
        if (v.sources.isNotEmpty()) {
            nodes.add(section(l.sources, v.sources.map { r ->
                column(spacing = 0.0, children = listOfNotNull(text(r.label, "small"), r.detail?.let { text(it, "muted", "small") }))
            }))
        }
        renderContent(nodes)
    }

    private fun link(label: String, url: String, id: String) = Hyperlink(label).apply {
        this.id = id
        setOnAction { openUrl(url) }
    }

    /** The driver card over the whole window: Chinese name and address, large. */
    private fun showDriverCard(d: DriverCard) {
        val close = button(labels.close, "driver-close", "primary") { root.children.removeIf { it.id == "driver-card" } }
        val card = VBox(18.0,
            text(d.title, "driver-title"),
            // Mixed Arabic and Chinese wraps wrongly in JavaFX: keep it on one line there.
            text(d.request, "driver-request", "zh").apply { isWrapText = !labels.rtl },
            text(d.nameZh, "driver-name", "zh", id = "driver-name"),
        ).apply {
            d.addressZh?.let { children.add(text(it, "driver-address", "zh", id = "driver-address")) }
            d.phone?.let { children.add(text(it, "driver-phone")) }
            d.qr?.let { children.add(qrCode(it)) }
            children.add(close)
            id = "driver-card"
            styleClass.add("driver-card")
            alignment = Pos.CENTER
            setOnMouseClicked { if (it.target == this) root.children.remove(this) }
        }
        root.children.add(card)
    }

    /** The core's QR modules as squares, with the four-module quiet zone; never mirrored. */
    private fun qrCode(q: QrView): Canvas {
        val quiet = 4
        val side = q.size.toInt() + 2 * quiet
        val scale = maxOf(2.0, kotlin.math.floor(180.0 / side))
        return Canvas(side * scale, side * scale).apply {
            id = "driver-qr"
            nodeOrientation = NodeOrientation.LEFT_TO_RIGHT
            val g = graphicsContext2D
            g.fill = Color.WHITE
            g.fillRect(0.0, 0.0, width, height)
            g.fill = Color.BLACK
            val n = q.size.toInt()
            for (row in 0 until n) for (col in 0 until n) {
                if (q.modules[row * n + col]) g.fillRect((col + quiet) * scale, (row + quiet) * scale, scale, scale)
            }
        }
    }

    // ---------------------------------------------------------------------------------
    // Trip: visa-free check with its countdown, then a plan

    private fun field(f: FormField): Node {
        val input = TextField(values[f.key] ?: "").apply {
            id = "field-${f.key}"
            promptText = f.hint
            textProperty().addListener { _, _, now -> values[f.key] = now }
        }
        val rows = mutableListOf<Node>(text(f.label, "field-label"), input)
        problems[f.key]?.let { rows.add(text(it, "error", id = "problem-${f.key}")) }
        return column("field", spacing = 2.0, children = rows)
    }

    private fun value(key: String): String? = values[key]?.trim()?.ifEmpty { null }

    private fun showTrip() {
        val l = labels
        renderHeaderFromLabels()
        val nodes = mutableListOf<Node>()
        nodes.addAll(l.transitFields.map { field(it) })
        nodes.add(button(l.transitCheck, "transit-check", "primary") { check() })
        transit?.let { nodes.add(transitResult(it)) }
        nodes.add(section(l.interestsLabel, listOf(FlowPane(6.0, 6.0).apply {
            children.addAll(l.interests.map { c ->
                ToggleButton(c.label).apply {
                    id = "interest-${c.key}"
                    styleClass.add("chip")
                    isSelected = c.key in interests
                    setOnAction { if (isSelected) interests.add(c.key) else interests.remove(c.key) }
                }
            })
        })))
        nodes.add(button(l.plan, "plan", "primary") { makePlan() })
        plan?.let { nodes.add(planResult(it)) }
        val keep = scroll.vvalue
        renderContent(nodes)
        scroll.vvalue = keep
    }

    /** The header of a screen whose view model has not come yet: the tab's name. */
    private fun renderHeaderFromLabels() {
        title.text = labels.tabs.firstOrNull { it.key == tab }?.label ?: ""
        titleListener(title.text)
        setBack(null)
    }

    private fun transitRequest() = TransitRequest(
        nationality = value("nationality") ?: "",
        entryPort = value("entry_port") ?: "",
        entryAt = value("entry_at") ?: "",
        origin = value("origin") ?: "",
        destination = value("destination") ?: "",
        exitPort = null,
        exitAt = value("exit_at"),
        passportExpiry = null,
    )

    private fun check() {
        val request = transitRequest()
        load({ core.checkTransit(request) }, onError = ::formProblems) { v ->
            problems = emptyMap()
            lastCheck = request
            transit = v
            if (tab == "planner") { renderHeader(v.header); showTrip() }
        }
    }

    private fun formProblems(e: CoreException) {
        if (e is CoreException.Validation) {
            problems = e.fields.associate { it.field to it.message }
            if (tab == "planner" || tab == "refund") showTab(tab)
            show(e.fields.filter { it.field !in values.keys && it.field != "vat_rate" }.joinToString("\n") { it.message }.ifEmpty { null })
        } else {
            showError(e)
        }
    }

    /** The countdown comes from the core: ask again now and then while the Trip tab shows. */
    private fun refreshCountdown() {
        val request = lastCheck ?: return
        if (tab != "planner" || !idle) return
        load({ core.checkTransit(request) }, onError = {}) { v -> transit = v; if (tab == "planner") showTrip() }
    }

    private fun transitResult(v: TransitView): Node {
        val rows = mutableListOf<Node>(
            text(v.verdict, if (v.eligible) "verdict-yes" else "verdict-no", id = "verdict"),
            text(v.schemeName, "strong"),
        )
        v.deadline?.let { rows.add(text(it, id = "deadline")) }
        v.countdown?.let { rows.add(text(it, "countdown", id = "countdown")) }
        v.permittedArea?.let { rows.add(text(it, "muted")) }
        rows.addAll(v.reasons.map { text(it, "notice") })
        rows.addAll(v.warnings.map { text(it, "notice", "small") })
        return column("result", children = rows).apply { id = "transit-result" }
    }

    private fun makePlan() {
        val request = PlanRequest(
            entryAt = value("entry_at") ?: "",
            exitAt = value("exit_at"),
            interests = interests.toList(),
            pace = null,
            start = null,
            mustSee = emptyList(),
        )
        load({ core.planTrip(request) }, onError = ::formProblems) { v ->
            problems = emptyMap()
            lastPlan = request
            plan = v
            if (tab == "planner") showTrip()
        }
    }

    private fun planResult(v: PlanView): Node {
        val rows = mutableListOf<Node>(text(v.summary, "strong", id = "plan-summary"))
        v.days.forEachIndexed { i, d ->
            val items = d.items.map { item ->
                column("plan-item", spacing = 1.0, children = listOf(
                    HBox(8.0, text(item.time, "strong").apply { maxWidth = USE_PREF }, text(item.role, "muted")),
                    text(item.name),
                    text(item.nameZh, "muted", "zh"),
                    text(item.travel, "small", "muted"),
                )).apply { setOnMouseClicked { openPlace(item.slug) { showTab("planner") } } }
            }
            rows.add(section(d.title, items + listOfNotNull(d.leave?.let { text(it, "notice") }), id = "plan-day-$i"))
        }
        rows.addAll(v.warnings.map { text(it, "notice", "small") })
        return column("result", children = rows).apply { id = "plan-result" }
    }

    // ---------------------------------------------------------------------------------
    // Tax refund tracker

    private fun loadRefund(departure: String?) {
        load({ core.refundTracker(departure) }, onError = ::formProblems) { renderRefund(it) }
    }

    private fun renderRefund(v: RefundView) {
        val l = labels
        renderHeader(v.header)
        val nodes = mutableListOf<Node>()
        nodes.add(column("result", children = listOfNotNull(
            text(v.spent, "strong", id = "refund-spent"),
            text(v.refund, "strong", id = "refund-total"),
            v.instant?.let { text(it) },
            v.toCollect?.let { text(it) },
        )))
        v.empty?.let { nodes.add(text(it, "empty", id = "empty")) }
        nodes.addAll(v.groups.mapIndexed { i, g ->
            column("card", spacing = 2.0, children = listOf(
                text(g.store, "card-title"),
                text(g.date, "muted"),
                HBox(12.0, text(g.spent).apply { maxWidth = USE_PREF }, text(g.refund, if (g.eligible) "verdict-yes" else "muted")),
            ) + g.notes.map { text(it, "small", "muted") }).apply { id = "group-$i" }
        })
        nodes.addAll(v.purchases.map { p ->
            HBox(8.0,
                column(spacing = 0.0, children = listOf(text(p.store), text(p.date, "muted"), text(p.amount, "strong"))).also { HBox.setHgrow(it, Priority.ALWAYS) },
                Button(l.purchaseRemove).apply {
                    id = "remove-${p.id}"
                    styleClass.add("small-button")
                    setOnAction { load({ core.removePurchase(p.id) }) { renderRefund(it) } }
                },
            ).apply { styleClass.add("purchase"); alignment = Pos.CENTER_LEFT }
        })
        val form = l.purchaseFields.map { field(it) } + listOf(
            CheckBox(l.purchaseInstant).apply {
                id = "field-instant"
                isSelected = instant
                isWrapText = true
                setOnAction { instant = isSelected }
            },
            button(l.purchaseAdd, "purchase-add", "primary") { addPurchase() },
        )
        nodes.add(column("section", children = form))
        nodes.add(field(l.departure))
        nodes.add(button(l.checklist, "checklist-update") { loadRefund(value(l.departure.key)) })
        if (v.checklist.isNotEmpty()) nodes.add(section(l.checklist, v.checklist.map { text(it) }, id = "checklist"))
        nodes.addAll(v.warnings.map { text(it, "notice", "small") })
        renderContent(nodes)
    }

    private fun addPurchase() {
        val input = PurchaseInput(
            store = value("store") ?: "",
            date = value("date") ?: "",
            amountCny = value("amount_cny") ?: "",
            vatRate = value("vat_rate")?.toUByteOrNull() ?: 0u,
            instant = instant,
        )
        load({ core.addPurchase(input) }, onError = ::formProblems) { v ->
            problems = emptyMap()
            listOf("store", "amount_cny").forEach { values.remove(it) }
            renderRefund(v)
        }
    }

    // ---------------------------------------------------------------------------------
    // Zones, routes

    private fun renderZones(v: ZonesView) {
        renderHeader(v.header)
        renderContent(v.items.map { z ->
            column("card", spacing = 2.0, children = listOfNotNull(
                text(z.name, "card-title"),
                text(z.nameZh, "card-zh", "zh"),
                FlowPane(10.0, 2.0, text(z.tier, "muted").apply { maxWidth = USE_PREF }, text(z.places, "muted").apply { maxWidth = USE_PREF }),
                z.summary?.let { text(it, "card-summary") },
            )).apply { id = "zone-${z.slug}" }
        })
    }

    private fun renderRoutes(v: RoutesView) {
        renderHeader(v.header)
        renderContent(v.items.map { r ->
            column("card", spacing = 2.0, children = listOfNotNull(
                text(r.name, "card-title"),
                FlowPane(10.0, 2.0, text(r.stops, "muted").apply { maxWidth = USE_PREF }, text(r.duration, "muted").apply { maxWidth = USE_PREF }),
                r.summary?.let { text(it, "card-summary") },
            )).apply {
                id = "route-${r.slug}"
                setOnMouseClicked { openRoute(r.slug) }
            }
        })
    }

    fun openRoute(slug: String) {
        load({ core.route(slug) }) { renderRoute(it) }
    }

    private fun renderRoute(v: RouteView) {
        renderHeader(v.header) { showTab("routes") }
        val nodes = mutableListOf<Node>(
            FlowPane(10.0, 2.0, text(v.card.stops, "muted").apply { maxWidth = USE_PREF }, text(v.card.duration, "muted").apply { maxWidth = USE_PREF }),
        )
        v.card.summary?.let { nodes.add(text(it)) }
        nodes.add(section(labels.stops, v.stops.mapIndexed { i, s ->
            val stop = column("stop", spacing = 2.0, children = listOf(
                text(s.place.name, "card-title"),
                text(s.place.nameZh, "card-zh", "zh"),
                text(s.stay, "muted"),
                badges(s.place.badges),
            )).apply {
                id = "stop-$i"
                setOnMouseClicked { openPlace(s.place.slug) { openRoute(v.card.slug) } }
            }
            column(spacing = 2.0, children = listOfNotNull(stop, s.toNext?.let { text(it, "leg") }))
        }, id = "stops"))
        renderContent(nodes)
    }

    // ---------------------------------------------------------------------------------
    // Saved, settings

    private fun renderSaved(v: SavedView) {
        renderHeader(v.header)
        val nodes = mutableListOf<Node>()
        v.pending?.let { nodes.add(text(it, "notice", id = "pending")) }
        v.empty?.let { nodes.add(text(it, "empty", id = "empty")) }
        nodes.addAll(v.favorites.map { placeCard(it) { slug -> openPlace(slug) { showTab("saved") } } })
        nodes.addAll(v.itineraries.map { i ->
            column("card", spacing = 2.0, children = listOf(text(i.name, "card-title"), text(i.summary, "muted")))
        })
        renderContent(nodes)
    }

    private fun renderSettings(v: SettingsView, status: String?) {
        val l = labels
        renderHeader(v.header)
        val languages = FlowPane(6.0, 6.0).apply {
            id = "languages"
            children.addAll(v.languages.map { o ->
                ToggleButton(o.nativeName).apply {
                    id = "lang-${o.tag}"
                    isSelected = o.selected
                    styleClass.add("chip")
                    // A language's own name reads in its own direction.
                    nodeOrientation = if (o.rtl) NodeOrientation.RIGHT_TO_LEFT else NodeOrientation.LEFT_TO_RIGHT
                    fontFor(o.tag)?.let { style = "-fx-font-family: '$it';" }
                    setOnAction { setLocale(o.tag) }
                }
            })
        }
        val offline = mutableListOf<Node>(text(v.offlineStatus, id = "offline-status"))
        if (v.offlineLocales.isNotEmpty()) {
            offline.add(FlowPane(6.0, 4.0).apply {
                // Downloaded languages by their own names (the language list has them).
                val names = v.languages.associate { it.tag to it }
                children.addAll(v.offlineLocales.map { tag ->
                    Label(names[tag]?.nativeName ?: tag).apply {
                        styleClass.addAll("badge", "badge-locale")
                        fontFor(tag)?.let { style = "-fx-font-family: '$it';" }
                    }
                })
            })
        }
        status?.let { offline.add(text(it, "strong", id = "sync-status")) }
        offline.add(button(l.sync, "sync", "primary") { sync() })
        renderContent(listOf(
            section(v.languageLabel, listOf(languages)),
            section(v.offlineLabel, offline, id = "section-offline"),
            section(v.accountLabel, listOf(text(v.accountStatus))),
        ))
    }

    /** Switches the language, downloads it when online, and redraws everything in it. */
    fun setLocale(tag: String) {
        load({
            core.setLocale(tag)
            try { core.sync() } catch (_: CoreException) { /* offline: the store's best locale */ }
            core.labels() to core.settings()
        }) { (l, settings) ->
            labels = l
            applyLabels()
            // Results on screen were in the old language: ask for them again.
            transit = null
            plan = null
            lastCheck?.let { r -> load({ core.checkTransit(r) }, onError = {}) { transit = it } }
            lastPlan?.let { r -> load({ core.planTrip(r) }, onError = {}) { plan = it } }
            if (tab == "settings") renderSettings(settings, null) else showTab(tab)
        }
    }

    private fun sync() {
        load({ core.sync() }, onError = { e ->
            val reason = (e as? CoreException.Offline)?.reason
            load({ core.settings() }) { renderSettings(it, reason) }
        }) { report -> load({ core.settings() }) { renderSettings(it, report.status) } }
    }

    private companion object {
        const val USE_PREF = javafx.scene.layout.Region.USE_PREF_SIZE

        /**
         * The typeface for a UI language. JavaFX on Linux measures glyphs that come from a
         * fallback font wrongly (wrapped Arabic lines overflow) and does not fall back to
         * CJK fonts at all, so the script of the language gets a font that has it; Chinese
         * names and the driver card always use a Chinese one (the `zh` style class).
         */
        fun fontFor(tag: String): String? = when (tag) {
            "ar" -> "Noto Sans Arabic"
            "ja" -> "Noto Sans CJK JP"
            "ko" -> "Noto Sans CJK KR"
            "zh-Hans" -> "Noto Sans CJK SC"
            "zh-Hant" -> "Noto Sans CJK TC"
            "th" -> "Noto Sans Thai"
            else -> null
        }
    }
}
