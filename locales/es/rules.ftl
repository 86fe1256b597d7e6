# Canton Guide — mensajes del motor de reglas (transit, tax_refund, planner). Mismas claves y variables que en/rules.ftl.

## Comprobación sin visado: regímenes y zona permitida

transit-scheme-transit_240h = Tránsito sin visado de 240 horas
transit-scheme-transit_144h = Tránsito sin visado de 144 horas
transit-scheme-visa_free_30d = Entrada sin visado de 30 días
transit-scheme-none = No confirmado: consulte con la embajada
transit-area-designated_provinces = Las provincias del régimen de 240 horas (24 provincias con puertos designados, incluida Guangdong); no salga de ellas.
transit-area-guangdong = Solo la provincia de Guangdong.
transit-area-mainland = China continental.

## Comprobación sin visado: motivos por los que no aplica

transit-reason-nationality_not_eligible = Los pasaportes de { $country } no están cubiertos por este régimen.
transit-reason-nationality_list_unknown = No tenemos la lista de nacionalidades cubiertas en esa fecha, así que no podemos confirmar la suya.
transit-reason-port_not_designated = { $port } no es un puerto de entrada designado para este régimen.
transit-reason-onward_not_third_country = El billete de continuación debe ir a un tercer país o región; China continental ({ $destination }) no cuenta.
transit-reason-round_trip = Llega desde { $country } y continúa al mismo lugar; el tránsito exige un billete a un tercer país o región.
transit-reason-purpose_not_allowed = Este régimen solo admite turismo, negocios y visitas; trabajo, estudios y periodismo requieren visado.
transit-reason-passport_validity_too_short = Su pasaporte debe ser válido al menos hasta el { $date }.
transit-reason-exit_before_entry = La salida prevista es anterior a la entrada.
transit-reason-exit_after_deadline = La salida prevista es posterior al plazo ({ $deadline }, hora de Pekín).
transit-reason-policy_not_in_force = No conocemos ninguna versión de este régimen vigente el { $date }.

## Comprobación sin visado: avisos

transit-warning-verify_before_travel = Compruébelo antes de viajar: las normas cambian y algunos datos no están confirmados. Consulte a su aerolínea o a la embajada de China.
transit-warning-exit_port_rule_uncertain = Las fuentes no aclaran si hay que salir por un puerto designado; por prudencia, salga por uno de ellos.
transit-warning-port_identity_uncertain = No está confirmado a qué terminal se refiere «{ $port }».
transit-warning-port_not_listed = { $port } no está en nuestra lista de puertos de Guangdong para este régimen; puede estar designado en otra parte de China.
transit-warning-exit_port_not_listed = Su puerto de salida { $port } no está en nuestra lista de puertos designados.
transit-warning-policy_ends_during_stay = Esta norma solo está confirmada hasta el { $date }, antes del final de su estancia.
transit-warning-policy_ends_soon = Esta norma solo está confirmada hasta el { $date }; compruebe si se ha prorrogado antes de viajar.
transit-warning-country_window_uncertain = Las fechas de este régimen para su país no están confirmadas.
transit-warning-nationality_list_unknown = No consta la lista de nacionalidades cubiertas en esa fecha.
transit-warning-suspended_2020_2023 = Este régimen estuvo suspendido desde 2020 hasta el 8 de enero de 2023.
transit-warning-passport_validity_uncertain = Una fuente exige un pasaporte válido al menos 6 meses; asegúrese de que el suyo lo sea.
transit-warning-day_count_rule_uncertain = Contamos los 30 días desde las 0:00 del día siguiente a la entrada, como en el tránsito; las fuentes no lo confirman para este régimen.

## Visa-free check: mutual visa-exemption agreements and answers we cannot confirm

transit-scheme-mutual_visa_exemption = Exención mutua de visado (acuerdo entre China y su país)
transit-reason-no_agreement = No conocemos ningún acuerdo de exención mutua de visado entre China y { $country } para pasaportes ordinarios.
transit-reason-agreement_not_yet_in_force = El acuerdo de exención de visado con { $country } se aplica a las entradas a partir del { $date }.
transit-reason-agreement_ended = El acuerdo de exención de visado con { $country } solo se aplicó a las entradas hasta el { $date }.
transit-reason-nationality_not_in_data = Nuestros datos no incluyen ningún régimen sin visado para pasaportes de { $country }. Eso no significa que no exista.
transit-warning-cannot_confirm_check_embassy = No podemos confirmar una entrada sin visado para este viaje. Consulte con la embajada o el consulado de China, o con su aerolínea, antes de viajar.
transit-warning-cumulative_any_180_days = Las estancias con este acuerdo no pueden sumar más de { $days } días en cualquier periodo de 180 días; cuente sus visitas anteriores.
transit-warning-cumulative_calendar_year = Las estancias con este acuerdo no pueden sumar más de { $days } días por año natural; cuente sus visitas anteriores.
transit-warning-agreement_uncertain = Las condiciones de este acuerdo no están confirmadas por un aviso oficial.

## Devolución de impuestos: motivos sin devolución

refund-reason-below_minimum = No alcanza el mínimo de { $minimum } RMB por tienda y día.
refund-reason-export_window_passed = La mercancía debe salir de China antes del { $date }; su salida es posterior.
refund-reason-vat_rate_not_refundable = La mercancía con IVA del { $vat } % no tiene devolución.
refund-reason-stay_too_long = Solo pueden solicitarla quienes hayan pasado como máximo { $days } días seguidos en China continental.

## Devolución de impuestos: avisos

refund-warning-stay_too_long = Ha pasado más de { $days } días seguidos en China continental, así que ninguna compra da derecho a devolución.
refund-warning-transfer_only = Las devoluciones de más de { $limit } RMB se pagan solo por transferencia bancaria, no en efectivo.
refund-warning-effective_date_uncertain = El mínimo y el límite en efectivo actuales rigen desde abril de 2025; la fecha exacta no está confirmada.
refund-warning-refund_counter_location_uncertain = El mostrador y la terminal exactos de devolución en el aeropuerto de Baiyun no están confirmados; pregunte allí.
refund-warning-verify_before_travel = Compruébelo antes de viajar: algunas de estas normas no están confirmadas y pueden haber cambiado.

## Devolución de impuestos: devolución inmediata en tienda

refund-instant-card_preauthorisation = La tienda hace una preautorización en su tarjeta bancaria y le paga la devolución en el acto.
refund-instant-customs_check_at_departure = Aun así debe mostrar la mercancía en la aduana al salir de China.
refund-instant-leave_within_export_window = Salga de China con la mercancía dentro del plazo de exportación; si no, se cobrará el importe preautorizado.

## Devolución de impuestos: lista para la salida

refund-checklist-eligible_travellers = Pueden solicitarla los visitantes extranjeros y los residentes de Hong Kong, Macao y Taiwán.
refund-checklist-goods_unused_and_carried = Mantenga la mercancía sin usar y llévela consigo, en cabina o facturada.
refund-checklist-leave_within_90_days = Salga de China con la mercancía en los { $days } días siguientes a la compra.
refund-checklist-keep_forms_and_invoices = Guarde los formularios de devolución y las facturas de cada tienda junto con su pasaporte.
refund-checklist-customs_stamp_before_checkin = En el aeropuerto de Baiyun, haga sellar los formularios en la aduana antes de facturar el equipaje.
refund-checklist-collect_in_restricted_zone = Cobre la devolución en la agencia de la zona restringida, después del control de seguridad.
refund-checklist-refund_counter_location_uncertain = El mostrador y la terminal exactos no están confirmados: pregunte al personal del aeropuerto.
refund-checklist-cash_limit = Hasta { $limit } RMB la devolución puede cobrarse en efectivo o por transferencia; por encima, solo por transferencia.
refund-checklist-instant_refund_customs_check = Devolución inmediata: el control aduanero a la salida sigue siendo necesario.

## Planificador de itinerarios: avisos

plan-warning-outlasts_deadline = Su salida es posterior al plazo de su estancia sin visado ({ $deadline }, hora de Pekín); el plan termina a tiempo. Cambie su billete u obtenga un visado.
plan-warning-leave_for_port = Salga hacia { $port } antes de las { $time } para llegar { $minutes } minutos antes de la salida.
plan-warning-leave_for_departure = Salga antes de las { $time } para estar en el punto de salida { $minutes } minutos antes.
plan-warning-tax_refund_reminder = Tiene compras con devolución de impuestos: reserve tiempo en el puerto de salida para el sello de aduanas antes de facturar y para cobrar después del control de seguridad.
plan-warning-start_outside_guangzhou = Su punto de partida está fuera de Guangzhou; los trayectos pueden ser más largos de lo indicado.
plan-warning-outside_guangzhou = { $place } está fuera de Guangzhou; compruebe que está dentro de la zona que permite su estancia sin visado.
plan-warning-must_see_unknown = No conocemos el lugar «{ $place }».
plan-warning-must_see_not_scheduled = No se pudo incluir «{ $place }»: está cerrado o demasiado lejos en cada hueco libre.
plan-warning-nothing_fits = No cabe ninguna visita entre su llegada y la hora de salir hacia el puerto.

## Input checks of the rules endpoints (server) and planner notices added by the server

field-invalid-country = Se espera un código ISO 3166-1 de dos letras, como «US», «JP» o «HK».
field-positive-amount = Se espera un importe en yuanes mayor que 0 y como máximo { $max }, por ejemplo «250.00».
field-too-many = Se admiten como máximo { $max } elementos.
field-plan-needs-end = Indique «exit_at» o el «deadline» de la exención de visado: el plan necesita un final.
field-end-before-entry = Se espera una hora posterior a «entry_at».
field-window-too-long = El viaje puede durar como máximo { $days } días.
plan-warning-hours_unknown = No conocemos el horario de { $place }; compruébelo antes de ir.
