# Textos das telas do aplicativo (modelos de visualização do guide-core). Palavras comuns ficam em main.ftl.

app-title-explore = Explorar
app-title-zones = Zonas comerciais
app-title-routes = Roteiros
app-title-planner = Planejador de viagem
app-title-refund = Reembolso de impostos
app-title-saved = Salvos
app-title-settings = Configurações
app-offline-banner = Offline: mostrando o guia salvo no telefone
app-no-data = Ainda não há guia offline. Conecte-se à internet uma vez para baixá-lo.
app-error-offline = Você está offline. O guia salvo continua funcionando.
app-explore-empty = Nenhum lugar corresponde a estes filtros.
app-place-count = { $count ->
    [one] { $count } lugar
   *[other] { $count } lugares
}
app-stop-count = { $count ->
    [one] { $count } parada
   *[other] { $count } paradas
}
app-duration-hm = { $hours } h { $minutes } min
app-stay = Permanência de { $duration }
app-leg = { $mode }, { $duration }
app-price = ¥ { $amount }
app-date = { $weekday }, { $day } de { $month }
app-date-time = { $date } { $time }
app-weekday-1 = seg.
app-weekday-2 = ter.
app-weekday-3 = qua.
app-weekday-4 = qui.
app-weekday-5 = sex.
app-weekday-6 = sáb.
app-weekday-7 = dom.
app-month-1 = jan.
app-month-2 = fev.
app-month-3 = mar.
app-month-4 = abr.
app-month-5 = mai.
app-month-6 = jun.
app-month-7 = jul.
app-month-8 = ago.
app-month-9 = set.
app-month-10 = out.
app-month-11 = nov.
app-month-12 = dez.
app-hours-unknown = Horário desconhecido
app-transit-eligible = Você pode entrar sem visto
app-transit-not-eligible = Esta viagem exige visto
app-transit-deadline = Saia da China continental até { $time }
app-countdown = Faltam { $days ->
    [one] { $days } dia
   *[other] { $days } dias
} { $hours } h
app-countdown-over = A estadia sem visto terminou
app-plan-summary = { $days ->
    [one] { $days } dia
   *[other] { $days } dias
}, { $visits ->
    [one] { $visits } visita
   *[other] { $visits } visitas
}
app-plan-leave = Saia para o porto às { $time }
app-plan-empty = Verifique a isenção de visto ou informe o horário de partida para criar um plano.
app-role-visit = Visita
app-role-lunch = Almoço
app-role-dinner = Jantar
app-role-night = Noite
app-refund-spent = Gasto: { $amount }
app-refund-estimate = Reembolso estimado: { $amount }
app-refund-instant = Já reembolsado na loja: { $amount }
app-refund-collect = A receber na partida: { $amount }
app-refund-empty = Adicione compras com nota de reembolso para acompanhar sua restituição.
app-refund-not-eligible = Abaixo do mínimo para esta loja neste dia
app-saved-empty = Nada salvo ainda.
app-saved-pending = Salvo no telefone; sincroniza quando você estiver online e conectado
app-settings-language = Idioma
app-settings-offline = Guia offline
app-settings-synced = { $count ->
    [one] { $count } lugar salvo
   *[other] { $count } lugares salvos
}, atualizado { $time }
app-settings-never = Ainda não baixado
app-settings-account = Conta
app-settings-signed-in = Conectado: favoritos e roteiros são sincronizados
app-settings-signed-out = Não conectado (navegar não exige conta)
app-sync-updated = Guia atualizado: { $changed } alterações
app-sync-current = O guia está atualizado
app-source-checked = { $url } (verificado em { $date })

# The desktop and phone shells' own labels (GuideCore.labels).
app-label-search = Pesquisar lugares
app-label-back = Voltar
app-label-driver-show = Mostrar ao taxista
app-label-close = Fechar
app-label-favorite-add = Guardar
app-label-favorite-remove = Remover dos guardados
app-label-map-amap = Amap
app-label-map-apple = Mapas da Apple
app-label-map-google = Google Maps
app-label-nationality = País do passaporte
app-label-entry-port = Aeroporto ou porto de chegada
app-label-entry-at = Hora de chegada
app-label-origin = Vindo de
app-label-destination = Seguindo para
app-label-departure = Hora de partida
app-label-check = Verificar entrada sem visto
app-label-interests = Interesses
app-interest-food = Comida
app-interest-shopping = Compras
app-interest-night = Cenas noturnas
app-interest-heritage = Património
app-interest-culture = Cultura
app-interest-nature = Natureza
app-interest-family = Família
app-label-plan = Planear os meus dias
app-label-store = Loja
app-label-date = Data da compra
app-label-amount = Valor em yuans (IVA incluído)
app-label-vat = Taxa de IVA (%)
app-label-instant = Reembolsado na loja
app-label-add = Adicionar compra
app-label-remove = Remover
app-label-checklist = Antes de partir
app-label-sync = Atualizar o guia agora
