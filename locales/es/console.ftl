# Canton Guide: consola web para comercios y personal de turismo. Los errores de los campos reutilizan los mensajes de la API de main.ftl.

## Marco de cada página

console-brand = Consola de Canton Guide
console-skip-to-content = Saltar al contenido principal
console-nav-label = Consola
console-nav-sign-in = Iniciar sesión
console-nav-sign-up = Crear una cuenta de comercio
console-nav-listings = Mis fichas
console-nav-staff = Inicio del personal
console-signed-in-as = Sesión iniciada como { $email }
console-sign-out = Cerrar sesión
console-language = Idioma
console-language-apply = Cambiar
console-footer = Canton Guide ayuda a los visitantes extranjeros a orientarse en Cantón.
console-role-visitor = visitante
console-role-merchant = comercio
console-role-curator = curador
console-role-admin = administrador

## Iniciar sesión

console-sign-in-title = Iniciar sesión
console-sign-in-intro = Para los comercios y el personal de turismo de Canton Guide.
console-field-email = Correo electrónico
console-field-password = Contraseña
console-sign-in-submit = Iniciar sesión
console-sign-in-failed = El correo electrónico o la contraseña no son correctos.
console-sign-in-limited = { $minutes ->
    [one] Demasiados intentos de inicio de sesión. Espere un minuto y vuelva a intentarlo.
   *[other] Demasiados intentos de inicio de sesión. Espere { $minutes } minutos y vuelva a intentarlo.
}
console-sign-in-no-account = ¿Es nuevo en Canton Guide?
console-sign-in-create = Crear una cuenta de comercio
console-notice-signed-out = Ha cerrado la sesión.
console-notice-session-ended = Su sesión ha terminado. Vuelva a iniciar sesión.
console-notice-sign-in-required = Inicie sesión para abrir esta página.

## Registro

console-sign-up-title = Crear una cuenta de comercio
console-sign-up-intro = Registre su tienda, restaurante o local para que los visitantes extranjeros lo encuentren. Los curadores de la guía revisan cada ficha antes de publicarla.
console-field-display-name = Su nombre o el de su negocio (opcional)
console-field-password-new = Contraseña
console-field-password-hint = Al menos { $min } caracteres. Unas cuantas palabras sin relación entre sí son fáciles de recordar y difíciles de adivinar.
console-sign-up-submit = Crear cuenta
console-sign-up-have-account = ¿Ya tiene cuenta?
console-sign-up-sign-in = Iniciar sesión
console-sign-up-limited = { $minutes ->
    [one] Se han creado demasiadas cuentas desde esta red. Vuelva a intentarlo dentro de un minuto.
   *[other] Se han creado demasiadas cuentas desde esta red. Vuelva a intentarlo dentro de { $minutes } minutos.
}
console-form-has-errors = Corrija los campos señalados abajo.
console-error-email-taken = Ya existe una cuenta con este correo electrónico. Inicie sesión en su lugar.

## Fichas del comercio

console-listings-title = Mis fichas
console-listings-intro = Cada ficha muestra su estado: borrador que solo usted ve, en espera de revisión, publicada en la guía o no aceptada, con el motivo del revisor.
console-listings-empty = Todavía no tiene fichas.
console-listings-older = Fichas anteriores
console-status-label = Estado
console-status-draft = Borrador
console-status-pending = En espera de revisión
console-status-live = Publicada
console-status-live-pending = Publicada; sus cambios esperan revisión
console-status-rejected = No aceptada
console-status-live-rejected = Publicada; sus cambios no se aceptaron
console-reason = Motivo del revisor:
console-reason-note = Nota del revisor:
console-updated = Último cambio
console-unnamed = (todavía sin nombre)

## Inicio del personal

console-staff-title = Inicio del personal
console-staff-intro = Ha iniciado sesión como { $role }.
console-staff-queue = En espera de revisión
console-staff-queue-empty = No hay nada en espera de revisión.
console-staff-queue-count = { $count ->
    [one] Hay una solicitud en espera de revisión.
   *[other] Hay { $count } solicitudes en espera de revisión.
}
console-staff-queue-more = Hay más solicitudes en espera; estas son las { $shown } más antiguas.
console-staff-submitted = Enviada

## Páginas de error

console-problem-code = Error { $status }
console-problem-home = Ir al inicio de la consola
console-problem-not-found-title = Página no encontrada
console-problem-not-found-detail = No hay ninguna página en esta dirección. Compruebe el enlace o vuelva a empezar desde el inicio de la consola.
console-problem-forbidden-title = No permitido
console-problem-forbidden-detail = Esta página no está abierta para su cuenta ({ $role }).
console-problem-visitor-detail = La consola es para comercios y personal de turismo. Su cuenta es de visitante: use la aplicación Canton Guide.
console-problem-csrf-title = Este formulario ha caducado
console-problem-csrf-detail = El formulario no se envió desde una página abierta de la consola o es demasiado antiguo. Vuelva atrás, recargue la página y envíelo de nuevo.
console-problem-bad-request-title = No se entendió la solicitud
console-problem-bad-request-detail = Algo de la dirección o del formulario no se entendió. Vuelva atrás e inténtelo de nuevo.
console-problem-bad-language-title = Idioma no disponible
console-problem-bad-language-detail = «{ $value }» no es uno de los idiomas de la consola. Elija uno de estos:
console-problem-bad-cursor-detail = Este enlace de página no es válido. Vuelva a empezar desde la primera página de sus fichas.
console-problem-too-large-detail = El formulario supera los { $max } bytes que acepta la consola.
console-problem-internal-title = Algo ha fallado por nuestra parte
console-problem-internal-detail = No se pudo mostrar la página. Vuelva a intentarlo en un momento.

## Formulario de ficha (comercio)
console-nav-new-listing = Nueva ficha
console-listing-new-title = Nueva ficha
console-listing-edit-title = Editar ficha
console-listing-created = Borrador creado. Solo usted lo ve hasta que lo envíe y un curador lo apruebe.
console-listing-saved = Guardado. El borrador sigue siendo visible solo para usted.
console-listing-saved-live = Guardado. Sus cambios esperan revisión; hasta entonces, la versión publicada sigue en la guía.
console-listing-submitted = Enviada a revisión. La decisión aparecerá aquí.
console-listing-errors = { $count ->
    [one] La ficha no se guardó: hay un campo que corregir.
   *[other] La ficha no se guardó: hay { $count } campos que corregir.
}
console-listing-stale = Esta ficha se guardó en otra pestaña o ventana después de que usted la abriera. Sus cambios siguen en el formulario de abajo; si vuelve a guardar, se reemplazará la otra versión.
console-listing-stale-submit = Esta ficha cambió después de que usted la abriera. Revise la versión de abajo y vuelva a enviarla.
console-listing-status = Estado de la ficha
console-listing-view-public = Abrir la página pública
console-submit = Enviar a revisión
console-submit-hint = Un curador revisa la ficha antes de que aparezca en la guía.
console-save = Guardar
console-section-basics = Datos básicos
console-field-kind = Tipo de lugar
console-field-district = Distrito
console-field-name-zh = Nombre en chino
console-field-name-zh-hint = Tal como aparece en el letrero: lo leen los taxistas y los transeúntes.
console-field-address-zh = Dirección en chino
console-field-phone = Teléfono
console-section-location = Ubicación
console-field-map-link = Enlace para compartir del mapa
console-field-map-link-hint = Pegue un enlace de Amap, Apple Maps o Google Maps; sustituye a las coordenadas de abajo. Amap usa las coordenadas chinas GCJ-02; se convierten a WGS-84.
console-field-lat = Latitud (WGS-84)
console-field-lng = Longitud (WGS-84)
console-field-location-needed = Introduzca la latitud y la longitud, por ejemplo 23.1291 y 113.2644, o pegue un enlace para compartir del mapa.
console-map-link-not-a-link = Pegue una dirección web que empiece por https://.
console-map-link-unknown = Este no es un enlace de Amap, Apple Maps ni Google Maps.
console-map-link-short = Los enlaces cortos no contienen coordenadas. Abra el enlace en un navegador y copie la dirección completa de la barra de direcciones.
console-map-link-no-coordinates = Este enlace indica un lugar o una búsqueda, no un punto. Comparta en su lugar un marcador colocado en el mapa o introduzca las coordenadas.
console-section-hours = Horario de apertura
console-field-hours = Horario de apertura (sintaxis de OpenStreetMap)
console-field-hours-hint = Por ejemplo, «Mo-Fr 10:00-22:00; Sa-Su 10:00-23:00; PH off» (PH: días festivos).
console-hours-preview = Los próximos siete días, tal como los verán los visitantes
console-hours-closed = Cerrado
console-hours-unknown = desconocido
console-section-payments = Cómo pagan los visitantes
console-section-friendliness = Para visitantes extranjeros
console-friendly-unsaid = Sin indicar
console-friendly-yes = Sí
console-friendly-no = No
console-field-staff-languages = Idiomas que habla el personal
console-field-staff-languages-hint = Códigos de idioma separados por comas, por ejemplo en, ja, yue.
console-section-refund = Devolución de impuestos
console-field-refund-store = Tienda registrada para la devolución de impuestos a la salida del país
console-field-refund-instant = Devuelve el importe en el acto (devolución inmediata)
console-section-more = Más sobre el lugar
console-field-night = Abierto por la noche (economía nocturna)
console-field-interests = Ideal para
console-interest-food = Gastronomía
console-interest-shopping = Compras
console-interest-night = Salir de noche
console-interest-heritage = Patrimonio
console-interest-culture = Cultura
console-interest-nature = Naturaleza
console-interest-family = Familias
console-field-tags = Etiquetas
console-field-tags-hint = Separadas por comas.
console-field-visit-minutes = Duración habitual de una visita, en minutos
console-section-texts = Textos para los visitantes, por idioma
console-texts-hint = El inglés es obligatorio. Añada los idiomas en los que escriba bien; donde falte un idioma, los visitantes verán el inglés.
console-field-name = Nombre
console-field-summary = Resumen
console-field-address = Dirección

## Revisión (curadores y administradores)
console-nav-review = Cola de revisión
console-review-title = Cola de revisión
console-review-intro = Solicitudes de los comercios, de la más antigua a la más reciente. Abra una para compararla con lo publicado y luego apruébela o rechácela.
console-review-more = Más solicitudes
console-review-merchant = Comercio:
console-review-kind-new = Nueva ficha
console-review-kind-edit = Cambio en una ficha publicada
console-review-one-title = Revisar una solicitud
console-review-changes = Qué cambia
console-review-field = Campo
console-review-live = Publicado ahora
console-review-proposed = Propuesto
console-review-no-changes = Ningún campo difiere de la versión publicada.
console-review-empty-value = —
console-review-approve-heading = Aprobar
console-review-approve-hint = La versión propuesta se publica en la guía de inmediato.
console-review-approve = Aprobar y publicar
console-review-reject-heading = Rechazar
console-review-reason = Motivo
console-review-reason-choose = Elija un motivo
console-review-note = Nota para el comercio (opcional)
console-review-note-hint = Se muestra tal como la escriba; el motivo en sí se muestra en el idioma del comercio.
console-review-reject = Rechazar
console-review-reject-fix = Elija un motivo antes de rechazar.
console-review-approved = Aprobada: la ficha está publicada.
console-review-rejected = Rechazada: el comercio ve el motivo en su idioma.
console-review-gone = Otra persona ya decidió sobre esa solicitud, o esta cambió después de que usted la abriera. Esta es la cola tal como está ahora.

## Registro de auditoría, cuentas y rutas temáticas (curadores y administradores)
console-nav-audit = Registro de auditoría
console-audit-title = Registro de auditoría
console-audit-intro = Cada cambio hecho por el personal y los comercios, el más reciente primero, con el estado antes y después. Horas de Cantón.
console-audit-filters = Filtros
console-audit-actor = Quién (identificador de la cuenta)
console-audit-action = Acción
console-audit-action-hint = Exacta, o el comienzo seguido de un punto, por ejemplo route.
console-audit-target-type = Tipo de objeto (place, route, event, alert, user)
console-audit-target-id = Identificador del objeto
console-audit-since = Desde
console-audit-until = Hasta (sin incluir)
console-audit-time-hint = Fecha y hora con su desfase, por ejemplo 2026-12-01T09:00:00+08:00.
console-audit-apply = Aplicar filtros
console-audit-clear = Quitar filtros
console-audit-fix = Algunos filtros no se pudieron leer; vea los mensajes junto a ellos.
console-audit-empty = Ninguna entrada coincide con estos filtros.
console-audit-time = Hora
console-audit-who = Quién
console-audit-action-column = Acción
console-audit-target = Objeto
console-audit-show-change = Antes y después
console-audit-before = Antes
console-audit-after = Después
console-audit-older = Entradas anteriores
console-nav-users = Cuentas
console-users-title = Cuentas y roles
console-users-intro = Busque una cuenta por su correo electrónico y cambie su rol. El cambio se aplica en la siguiente solicitud de la cuenta.
console-users-email = Correo electrónico
console-users-find = Buscar
console-users-none = Ninguna cuenta tiene este correo electrónico.
console-users-since = Cuenta creada
console-users-role = Rol
console-users-change = Cambiar rol
console-users-changed = Rol cambiado. Se aplica en la siguiente solicitud de la cuenta.
console-users-fix = El rol no se cambió; vea el mensaje junto al campo.
console-nav-routes = Rutas
console-routes-title = Rutas temáticas
console-routes-intro = Paseos y excursiones de un día para los visitantes, borradores incluidos. Una ruta aparece en la guía cuando se publica.
console-routes-new = Nueva ruta
console-routes-empty = Todavía no hay rutas.
console-routes-stops = { $count ->
    [one] Una parada
   *[other] { $count } paradas
}
console-routes-updated = Último cambio
console-route-new-title = Nueva ruta
console-route-edit-title = Editar ruta
console-route-slug = Nombre corto para la dirección (slug)
console-route-slug-hint = Minúsculas, cifras y guiones, por ejemplo lingnan-heritage-walk.
console-route-theme = Tema
console-route-stops = Paradas, en el orden de la visita
console-route-stops-hint = De 2 a 30 lugares publicados en la guía. Añadir, mover o quitar una parada solo cambia este formulario: pulse Guardar para conservarlo.
console-route-no-stops = Todavía no hay paradas.
console-route-stop = Parada { $number }
console-route-dwell = Minutos de estancia
console-route-leg-mode = Después, a la siguiente parada en
console-route-leg-minutes = Minutos hasta la siguiente parada
console-route-up = Subir
console-route-down = Bajar
console-route-remove = Quitar
console-route-add-place = Lugar que añadir
console-route-add-place-hint = El nombre corto (slug) o el identificador del lugar, por ejemplo canton-tower.
console-route-add = Añadir parada
console-route-sources = Fuentes
console-route-sources-hint = Una dirección web por línea: las páginas en las que se basa la ruta.
console-route-unsaved = Aún sin guardar: pulse Guardar para conservar estos cambios.
console-route-errors = { $count ->
    [one] La ruta no se guardó: hay un campo que corregir.
   *[other] La ruta no se guardó: hay { $count } campos que corregir.
}
console-route-created = Ruta creada como borrador. Publíquela cuando esté lista.
console-route-saved = Ruta guardada.
console-route-published = Publicada: la ruta está en la guía.
console-route-unpublished = Retirada: la ruta vuelve a ser un borrador.
console-route-publish = Publicar
console-route-publish-hint = Los visitantes ven la ruta en la guía al instante.
console-route-unpublish = Retirar
console-route-unpublish-hint = La ruta sale de la guía y vuelve a ser un borrador.

## Eventos y avisos (curadores y administradores)
console-nav-events = Eventos
console-nav-alerts = Avisos
console-field-zones = Zonas comerciales
console-confidence-confirmed = Confirmadas: el organizador las ha anunciado
console-confidence-inferred = Previstas: según años anteriores, aún sin anunciar
console-confidence-uncertain = Inciertas: se pide a los visitantes que las comprueben
console-events-title = Eventos
console-events-intro = Ferias, fiestas, exposiciones y días festivos, borradores incluidos. Un evento aparece en la guía cuando se publica.
console-events-new = Nuevo evento
console-events-empty = Todavía no hay eventos.
console-event-new-title = Nuevo evento
console-event-edit-title = Editar evento
console-event-slug-hint = Letras minúsculas, cifras y guiones, por ejemplo canton-fair-spring.
console-event-kind = Tipo de evento
console-event-dates = Fechas
console-event-starts-on = Primer día
console-event-ends-on = Último día
console-event-dates-hint = Días en Cantón; el último día está incluido. Para un evento de un día, indique dos veces el mismo día.
console-event-confidence = ¿Qué tan seguras son las fechas?
console-event-where = Dónde
console-event-place = Lugar (opcional)
console-event-place-hint = El nombre corto (slug) o el identificador de un lugar publicado en la guía, por ejemplo canton-tower. Déjelo vacío para un evento en toda la ciudad.
console-event-sources-hint = Una dirección web por línea: las páginas de las que salen las fechas.
console-event-errors = { $count ->
    [one] El evento no se guardó: hay un campo que corregir.
   *[other] El evento no se guardó: hay { $count } campos que corregir.
}
console-event-created = Evento creado como borrador. Publíquelo cuando esté listo.
console-event-saved = Evento guardado.
console-event-published = Publicado: el evento está en la guía.
console-event-unpublished = Retirado: el evento vuelve a ser un borrador.
console-event-publish-hint = Los visitantes ven el evento en la guía al instante.
console-event-unpublish-hint = El evento sale de la guía y vuelve a ser un borrador.
console-severity-info = Información
console-severity-warning = Advertencia
console-severity-severe = Grave
console-alerts-title = Avisos
console-alerts-intro = Avisos para los visitantes (tifones, tormentas, cierres), borradores y avisos pasados incluidos. Un aviso publicado se muestra en la guía durante su periodo de validez.
console-alerts-new = Nuevo aviso
console-alerts-empty = Todavía no hay avisos.
console-alerts-in-force = En vigor
console-alerts-upcoming = Aún no en vigor
console-alerts-over = Terminado
console-alert-new-title = Nuevo aviso
console-alert-edit-title = Editar aviso
console-alert-severity = Gravedad
console-alert-severity-hint = Información: conviene saberlo. Advertencia: téngalo en cuenta al planificar. Grave: actúe ya (señal de tifón, seguridad).
console-alert-starts-at = Desde
console-alert-ends-at = Hasta
console-alert-window-hint = Hora de Cantón (UTC+8). El aviso se muestra desde la primera hora hasta la segunda.
console-alert-time-invalid = Se espera una fecha y una hora, por ejemplo 2026-12-01 19:30 (hora de Cantón).
console-alert-area = Dónde se aplica
console-alert-area-hint = Marque las zonas comerciales y las rutas afectadas; no marque nada para toda la ciudad.
console-alert-title-field = Título
console-alert-body = Detalles
console-alert-errors = { $count ->
    [one] El aviso no se guardó: hay un campo que corregir.
   *[other] El aviso no se guardó: hay { $count } campos que corregir.
}
console-alert-created = Aviso creado como borrador. Publíquelo para mostrarlo.
console-alert-saved = Aviso guardado.
console-alert-published = Publicado: el aviso se muestra mientras esté en vigor.
console-alert-unpublished = Retirado: el aviso vuelve a ser un borrador.
console-alert-publish-hint = Los visitantes ven el aviso durante su periodo de validez.
console-alert-unpublish-hint = El aviso deja de mostrarse y vuelve a ser un borrador.
