// Small JavaFX builders shared by the screens. They only place text that came from a view
// model; none holds a word of its own.

package guide.desktop

import javafx.geometry.Pos
import javafx.scene.Node
import javafx.scene.control.Button
import javafx.scene.control.Label
import javafx.scene.layout.FlowPane
import javafx.scene.layout.Priority
import javafx.scene.layout.Region
import javafx.scene.layout.VBox
import uniffi.guide_core.Badge
import uniffi.guide_core.PlaceCard

/** A wrapping label with style classes. */
fun text(value: String, vararg styles: String, id: String? = null): Label = Label(value).apply {
    isWrapText = true
    maxWidth = Double.MAX_VALUE
    minHeight = Region.USE_PREF_SIZE
    styleClass.add("wrap")
    styleClass.addAll(styles)
    if (id != null) this.id = id
}

/** A button that fills its row. */
fun button(value: String, id: String, vararg styles: String, onClick: () -> Unit): Button = Button(value).apply {
    this.id = id
    isWrapText = true
    maxWidth = Double.MAX_VALUE
    styleClass.addAll(styles)
    setOnAction { onClick() }
}

/** A vertical group with a style class. */
fun column(vararg styles: String, spacing: Double = 6.0, children: List<Node>): VBox = VBox(spacing).apply {
    styleClass.addAll(styles)
    this.children.addAll(children)
    maxWidth = Double.MAX_VALUE
}

/** A section: its title (from the core's labels) and its rows. */
fun section(title: String, rows: List<Node>, id: String? = null): VBox =
    column("section", children = listOf(text(title, "section-title")) + rows).also { if (id != null) it.id = id }

/** Badges as coloured pills; the colour is picked by the badge's stable code. */
fun badges(list: List<Badge>): FlowPane = FlowPane(4.0, 4.0).apply {
    styleClass.add("badges")
    children.addAll(list.map { b -> Label(b.label).apply { styleClass.addAll("badge", "badge-${b.code}") } })
}

/** A place in a list; a click opens it. */
fun placeCard(card: PlaceCard, onOpen: (String) -> Unit): VBox {
    val lines = mutableListOf<Node>(
        text(card.name, "card-title"),
        text(card.nameZh, "card-zh", "zh"),
        FlowPane(10.0, 2.0).apply {
            children.addAll(listOfNotNull(card.kindLabel, card.distance).map { text(it, "muted").apply { maxWidth = Region.USE_PREF_SIZE } })
        },
    )
    card.summary?.let { lines.add(text(it, "card-summary")) }
    lines.add(badges(card.badges))
    return column("card", spacing = 3.0, children = lines).apply {
        id = "card-${card.slug}"
        alignment = Pos.TOP_LEFT
        VBox.setVgrow(this, Priority.NEVER)
        setOnMouseClicked { onOpen(card.slug) }
    }
}
