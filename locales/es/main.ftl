# Canton Guide — Spanish messages (translated from the English reference,
# locales/en/main.ftl: this file must have exactly its keys; a test enforces it).
#
# Shared by guide-server (problem+json titles and details, labels in responses) and
# guide-core (the app's view models). Variables are written { $name }.

## Problem titles and details (RFC 9457 problem+json)

error-not-found-title = No encontrado
error-not-found-detail = No se encontró: { $what } «{ $id }».
error-route-not-found-detail = No hay ningún endpoint de la API en { $path }. Consulte /docs para ver la lista de endpoints.
error-validation-title = Algunos datos no son válidos
error-validation-detail = Revise los campos indicados en «errors»; cada uno explica qué se aceptaría.
error-bad-request-title = Solicitud incorrecta
error-method-not-allowed-title = Método no permitido
error-method-not-allowed-detail = Este endpoint no acepta ese método HTTP.
error-payload-too-large-title = Cuerpo de la solicitud demasiado grande
error-payload-too-large-detail = El cuerpo de la solicitud puede tener como máximo { $max } bytes.
error-unsupported-media-type-title = Tipo de medio no admitido
error-unsupported-media-type-detail = Envíe el cuerpo en formato JSON con «Content-Type: application/json».
error-not-acceptable-title = Formato de respuesta no disponible
error-unauthorized-title = Es necesario iniciar sesión
error-unauthorized-detail = Vuelva a iniciar sesión: el token de acceso falta, ha caducado o no es válido.
error-forbidden-title = Acción no permitida
error-forbidden-detail = Su cuenta no puede realizar esta acción.
error-conflict-title = Conflicto
error-precondition-failed-title = Modificado por otra persona
error-precondition-failed-detail = Este elemento ha cambiado desde que lo cargó. Vuelva a cargarlo, aplique de nuevo su cambio y guarde otra vez; no se ha sobrescrito nada.
error-precondition-required-detail = Envíe el ETag del elemento en un encabezado «If-Match» para no sobrescribir los cambios de otras personas.
error-too-many-requests-title = Demasiadas solicitudes
error-too-many-requests-detail = Espere { $seconds } segundos y vuelva a intentarlo.
error-unavailable-title = Servicio no disponible temporalmente
error-unavailable-detail = No se puede acceder a la base de datos en este momento. Vuelva a intentarlo en unos instantes.
error-overloaded-detail = El servidor está saturado. Espere { $seconds } segundos y vuelva a intentarlo.
error-uri-too-long-title = Dirección de la solicitud demasiado larga
error-uri-too-long-detail = La ruta y los parámetros de una solicitud pueden ocupar como máximo { $max } bytes.
error-host-required-detail = Una solicitud HTTP/1.1 debe incluir la cabecera Host.
error-last-admin-detail = Siempre debe haber al menos un administrador: primero asigne a otra persona como administrador.
error-internal-title = Algo ha fallado por nuestra parte
error-internal-detail = El problema ha quedado registrado. Vuelva a intentarlo más tarde.

## Field-level validation messages (the “errors” array)

field-invalid-coordinates = Se esperaba «LAT,LNG» en grados decimales, con latitud −90…90 y longitud −180…180; por ejemplo, «23.1291,113.2644».
field-out-of-range = Se esperaba un número entero entre { $min } y { $max }.
field-invalid-number = Se esperaba un número.
field-invalid-choice = «{ $value }» no se acepta aquí. Valores aceptados: { $accepted }.
field-invalid-boolean = Se esperaba «true» o «false».
field-invalid-tax-refund = Se esperaba «true» (cualquier tienda con devolución de impuestos) o «instant» (devolución inmediata en la tienda).
field-invalid-time = Se esperaba una fecha y hora con desfase horario; por ejemplo, «2026-12-01T19:30:00+08:00».
field-invalid-date = Se esperaba una fecha; por ejemplo, «2026-12-01».
field-invalid-cursor = Este cursor no es válido o ha caducado; vuelva a solicitar la primera página sin «cursor».
field-too-long = Se admiten como máximo { $max } caracteres.
field-requires-near = Solo se permite junto con «near».
field-unknown-parameter = Parámetro desconocido. Parámetros aceptados: { $accepted }.
field-invalid-json = El cuerpo no es un JSON válido para este endpoint: { $reason }
field-required = Este campo es obligatorio.
field-invalid-range = «from» no puede ser posterior a «to».

## Place kinds

kind-shop = Tienda
kind-mall = Centro comercial
kind-flagship_store = Tienda insignia
kind-restaurant = Restaurante
kind-food_street = Calle gastronómica
kind-duty_free_shop = Tienda libre de impuestos
kind-tax_refund_point = Punto de devolución de impuestos
kind-night_scene = Vista nocturna
kind-attraction = Lugar de interés
kind-market = Mercado especializado
kind-transport_hub = Nodo de transporte

## Payment methods

pay-foreign_card_pos = Tarjetas bancarias extranjeras (terminal de pago)
pay-alipay_foreign_card = Alipay con tarjeta extranjera
pay-wechat_foreign_card = WeChat Pay con tarjeta extranjera
pay-foreign_wallets = Billeteras digitales extranjeras (AlipayHK, Kakao Pay, Touch ’n Go…)
pay-unionpay = UnionPay
pay-cash = Efectivo (RMB)

## Foreigner-friendliness

friendly-english_menu = Menú en inglés
friendly-picture_menu = Menú con fotos
friendly-order_without_wechat = Se puede pedir sin WeChat
friendly-halal = Halal
friendly-vegetarian = Opciones vegetarianas
friendly-wheelchair = Accesible en silla de ruedas
friendly-staff_languages = El personal habla: { $languages }

## Badges and notices

badge-open-now = Abierto ahora
badge-closed-now = Cerrado ahora
badge-hours-unknown = Horario desconocido
hours-closed-day = Cerrado
hours-unknown-span = desconocido
badge-foreign-card = Acepta tarjetas extranjeras
badge-tax-refund = Devolución de impuestos
badge-instant-refund = Devolución inmediata de impuestos
badge-duty-free = Libre de impuestos
badge-night = Vida nocturna
notice-verify-before-travel = Compruébelo antes de ir
notice-not-yet-verified = Aún no verificado
notice-approximate-location = Ubicación aproximada
notice-translation-fallback = Aún no está traducido a su idioma; se muestra en { $language }.
opens-at = Abre a las { $time }
closes-at = Cierra a las { $time }

## Driver card (shown to taxi drivers)

driver-card-title = Muestre esto al conductor
driver-card-request = 请带我去这里 (Por favor, lléveme aquí)

## Districts of Guangzhou

district-yuexiu = Yuexiu
district-liwan = Liwan
district-haizhu = Haizhu
district-tianhe = Tianhe
district-baiyun = Baiyun
district-huangpu = Huangpu
district-panyu = Panyu
district-huadu = Huadu
district-nansha = Nansha
district-conghua = Conghua
district-zengcheng = Zengcheng

## Commercial zones (the "5+2+4" plan)

zone-tier-world_class = Zona comercial de categoría mundial
zone-tier-lingnan = Zona comercial del patrimonio de Lingnan
zone-tier-transport_hub = Zona comercial de nodo de transporte

## Getting around

mode-walk = A pie
mode-metro = Metro
mode-taxi = Taxi
mode-bus = Autobús
mode-ferry = Ferri
minutes = { $count ->
    [one] { $count } minuto
   *[other] { $count } minutos
}
distance-m = { $meters } m
distance-km = { $km } km

## Events

event-kind-fair = Feria comercial
event-kind-festival = Festival
event-kind-exhibition = Exposición
event-kind-sport = Deporte
event-kind-holiday = Día festivo
notice-dates-unconfirmed = Fechas aún sin confirmar

## Accounts, merchant listings and staff review
error-precondition-required-title = Se requiere If-Match
error-invalid-credentials-detail = El correo electrónico o la contraseña no son correctos.
error-email-taken-detail = Ya existe una cuenta con este correo electrónico. Inicia sesión o usa otra dirección.
error-conflict-state-detail = No es posible mientras el elemento está en estado «{ $state }».
error-limit-reached-detail = Has alcanzado el límite de { $max } elementos guardados. Borra algunos e inténtalo de nuevo.
error-slug-taken-detail = El identificador «{ $slug }» ya está en uso. Elige otro.
field-password-too-short = Usa al menos { $min } caracteres. Unas cuantas palabras sin relación entre sí forman una contraseña buena y fácil de recordar.
field-password-too-common = Esta contraseña es demasiado común o sencilla. Prueba con unas cuantas palabras sin relación entre sí.
field-password-contains-email = La contraseña no debe contener tu correo electrónico.
field-invalid-email = Se espera un correo electrónico como «name@example.com».
field-outside-guangzhou = Este punto está fuera de Cantón. Se espera una latitud entre 22.5 y 23.95 y una longitud entre 112.95 y 114.05 (WGS-84).
field-invalid-opening-hours = Horario de OpenStreetMap no válido: { $reason }
field-missing-translation = Se requiere una traducción «{ $locale }».
field-unpublished-place = «{ $place }» no es un lugar publicado.
field-not-on-last-stop = La última parada no tiene siguiente: omite «to_next».
field-ends-before-start = El final debe ser posterior al inicio.
field-unknown-reference = «{ $value }» no existe.
field-invalid-slug = Usa letras ASCII minúsculas, dígitos y «-» (100 caracteres como máximo).
field-invalid-url = Indica la dirección de una página web que cualquiera pueda abrir, que empiece por https:// (2000 caracteres como máximo).
review-reason-incomplete = Falta información obligatoria. Completa la ficha.
review-reason-inaccurate = Parte de la información no se pudo confirmar o parece incorrecta. Revísala.
review-reason-duplicate = Este lugar ya figura en la guía.
review-reason-not_eligible = Este lugar no encaja en una guía para visitantes extranjeros de Cantón.
review-reason-inappropriate = La ficha contiene textos o imágenes que no se pueden publicar.
field-nul-character = El texto no debe contener caracteres NUL (%00).
review-reason-other = Consulta la nota de quien revisó la ficha.

## Public place and route pages (/p/…, /r/…)
page-hours = Horario
page-payments = Cómo pagar
page-maps = Abrir en una aplicación de mapas
page-sources = Fuentes
page-stops = Paradas
page-not-found = Este lugar o ruta no está en la guía o ya no está publicado.
