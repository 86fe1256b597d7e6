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
