# Canton Guide — the help directory (GET /v1/help, offline bundle): categories, and the
# name and note of each entry of seeds/policies/help-*.yaml by its key.

help-category-emergency = Emergencias
help-category-hotline = Líneas de atención
help-category-consulate = Consulados
help-category-hospital = Hospitales y clínicas
help-police-name = Policía
help-police-note = Delitos, peligro o cualquier emergencia. Gratis desde cualquier teléfono.
help-fire-name = Bomberos y rescate
help-fire-note = Incendios, fugas de gas, personas atrapadas.
help-ambulance-name = Ambulancia
help-ambulance-note = Enfermedad o lesión grave. El traslado en ambulancia se paga.
help-traffic-police-name = Policía de tráfico
help-traffic-police-note = Accidentes de tráfico.
help-hotline-12345-name = Línea de servicios del gobierno de Cantón
help-hotline-12345-note = Consultas y quejas sobre servicios públicos (no emergencias).
help-multilingual-960169-name = Línea multilingüe de servicios públicos de Cantón
help-multilingual-960169-note = Interpretación en una llamada a tres con los servicios públicos, el 12345, el 110, el 119 o el 120: inglés a cualquier hora, japonés y coreano de 9:00 a 21:00.
help-health-12320-name = Línea de salud de Cantón
help-health-12320-note = Consultas de salud y citas en hospitales.
help-consulate-us-name = Consulado General de los Estados Unidos en Cantón
help-consulate-us-note = Ayuda a ciudadanos estadounidenses: pérdida de pasaporte, detención, emergencias.
help-consulate-es-name = Consulado General de España en Cantón
help-consulate-es-note = Ayuda a ciudadanos españoles: pérdida de pasaporte, detención, emergencias.
help-consulate-kw-name = Consulado General de Kuwait en Cantón
help-consulate-kw-note = Ayuda a ciudadanos kuwaitíes: pérdida de pasaporte, detención, emergencias.
