# Textos de las pantallas de la app (modelos de vista de guide-core). Las palabras comunes están en main.ftl.

app-title-explore = Explorar
app-title-zones = Zonas comerciales
app-title-routes = Rutas
app-title-planner = Planificador de viaje
app-title-refund = Devolución de impuestos
app-title-saved = Guardado
app-title-settings = Ajustes
app-offline-banner = Sin conexión: se muestra la guía guardada en el teléfono
app-no-data = Aún no hay guía sin conexión. Conéctate a internet una vez para descargarla.
app-error-offline = No tienes conexión. La guía guardada sigue funcionando.
app-explore-empty = Ningún lugar coincide con estos filtros.
app-place-count = { $count ->
    [one] { $count } lugar
   *[other] { $count } lugares
}
app-stop-count = { $count ->
    [one] { $count } parada
   *[other] { $count } paradas
}
app-duration-hm = { $hours } h { $minutes } min
app-stay = Estancia de { $duration }
app-leg = { $mode }, { $duration }
app-price = { $amount } ¥
app-date = { $weekday }, { $day } { $month }
app-date-time = { $date } { $time }
app-weekday-1 = lun
app-weekday-2 = mar
app-weekday-3 = mié
app-weekday-4 = jue
app-weekday-5 = vie
app-weekday-6 = sáb
app-weekday-7 = dom
app-month-1 = ene
app-month-2 = feb
app-month-3 = mar
app-month-4 = abr
app-month-5 = may
app-month-6 = jun
app-month-7 = jul
app-month-8 = ago
app-month-9 = sept
app-month-10 = oct
app-month-11 = nov
app-month-12 = dic
app-hours-unknown = Horario desconocido
app-transit-eligible = Puedes entrar sin visado
app-transit-not-eligible = Este viaje necesita visado
app-transit-deadline = Sal de China continental antes del { $time }
app-countdown = Quedan { $days ->
    [one] { $days } día
   *[other] { $days } días
} { $hours } h
app-countdown-over = La estancia sin visado ha terminado
app-plan-summary = { $days ->
    [one] { $days } día
   *[other] { $days } días
}, { $visits ->
    [one] { $visits } visita
   *[other] { $visits } visitas
}
app-plan-leave = Sal hacia el puerto a las { $time }
app-plan-empty = Comprueba la exención de visado o indica una hora de salida para crear un plan.
app-role-visit = Visita
app-role-lunch = Almuerzo
app-role-dinner = Cena
app-role-night = Noche
app-refund-spent = Gastado: { $amount }
app-refund-estimate = Devolución estimada: { $amount }
app-refund-instant = Ya devuelto en tienda: { $amount }
app-refund-collect = A cobrar al salir: { $amount }
app-refund-empty = Añade compras con factura de devolución para seguir tu reembolso.
app-refund-not-eligible = Por debajo del mínimo para esta tienda y día
app-saved-empty = Aún no has guardado nada.
app-saved-pending = Guardado en el teléfono; se sincroniza al conectarte con tu cuenta
app-settings-language = Idioma
app-settings-offline = Guía sin conexión
app-settings-synced = { $count ->
    [one] { $count } lugar guardado
   *[other] { $count } lugares guardados
}, actualizado { $time }
app-settings-never = Aún no descargada
app-settings-account = Cuenta
app-settings-signed-in = Sesión iniciada: favoritos e itinerarios se sincronizan
app-settings-signed-out = Sin sesión (para explorar no hace falta cuenta)
app-sync-updated = Guía actualizada: { $changed } cambios
app-sync-current = La guía está al día
app-source-checked = { $url } (comprobado el { $date })

# The desktop and phone shells' own labels (GuideCore.labels).
app-label-search = Buscar lugares
app-label-back = Atrás
app-label-driver-show = Mostrar al taxista
app-label-close = Cerrar
app-label-favorite-add = Guardar
app-label-favorite-remove = Quitar de guardados
app-label-map-amap = Amap
app-label-map-apple = Mapas de Apple
app-label-map-google = Google Maps
app-label-nationality = País del pasaporte
app-label-entry-port = Aeropuerto o puerto de llegada
app-label-entry-at = Hora de llegada
app-label-origin = Llegas desde
app-label-destination = Continúas hacia
app-label-departure = Hora de salida
app-label-check = Comprobar entrada sin visado
app-label-interests = Intereses
app-interest-food = Comida
app-interest-shopping = Compras
app-interest-night = Escenas nocturnas
app-interest-heritage = Patrimonio
app-interest-culture = Cultura
app-interest-nature = Naturaleza
app-interest-family = Familia
app-label-plan = Planificar mis días
app-label-store = Tienda
app-label-date = Fecha de compra
app-label-amount = Importe en yuanes (IVA incluido)
app-label-vat = Tipo de IVA (%)
app-label-instant = Reembolsado en la tienda
app-label-add = Añadir compra
app-label-remove = Quitar
app-label-checklist = Antes de salir
app-label-sync = Actualizar la guía ahora
