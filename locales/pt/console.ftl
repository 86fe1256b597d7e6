# Canton Guide — console web para comerciantes e equipe de turismo. Os erros de campo reutilizam as mensagens da API em main.ftl.

## Moldura de cada página

console-brand = Console do Canton Guide
console-skip-to-content = Pular para o conteúdo principal
console-nav-label = Console
console-nav-sign-in = Entrar
console-nav-sign-up = Criar conta de comerciante
console-nav-listings = Meus cadastros
console-nav-staff = Início da equipe
console-signed-in-as = Conectado como { $email }
console-sign-out = Sair
console-language = Idioma
console-language-apply = Trocar
console-footer = O Canton Guide ajuda visitantes estrangeiros a se orientar em Guangzhou.
console-role-visitor = visitante
console-role-merchant = comerciante
console-role-curator = curador
console-role-admin = administrador

## Entrar

console-sign-in-title = Entrar
console-sign-in-intro = Para comerciantes e a equipe de turismo do Canton Guide.
console-field-email = E-mail
console-field-password = Senha
console-sign-in-submit = Entrar
console-sign-in-failed = O e-mail ou a senha não estão corretos.
console-sign-in-limited = { $minutes ->
    [one] Tentativas de entrada demais. Aguarde um minuto e tente novamente.
   *[other] Tentativas de entrada demais. Aguarde { $minutes } minutos e tente novamente.
}
console-sign-in-no-account = Novo no Canton Guide?
console-sign-in-create = Criar conta de comerciante
console-notice-signed-out = Você saiu.
console-notice-session-ended = Sua sessão terminou. Entre novamente.
console-notice-sign-in-required = Entre para abrir esta página.

## Cadastro

console-sign-up-title = Criar conta de comerciante
console-sign-up-intro = Cadastre sua loja, restaurante ou estabelecimento para que visitantes estrangeiros o encontrem. Os curadores do guia revisam cada cadastro antes de publicá-lo.
console-field-display-name = Seu nome ou o nome do seu negócio (opcional)
console-field-password-new = Senha
console-field-password-hint = Pelo menos { $min } caracteres. Algumas palavras sem relação entre si são fáceis de lembrar e difíceis de adivinhar.
console-sign-up-submit = Criar conta
console-sign-up-have-account = Já tem cadastro?
console-sign-up-sign-in = Entrar
console-sign-up-limited = { $minutes ->
    [one] Contas demais foram criadas a partir desta rede. Tente novamente em um minuto.
   *[other] Contas demais foram criadas a partir desta rede. Tente novamente em { $minutes } minutos.
}
console-form-has-errors = Corrija os campos marcados abaixo.
console-error-email-taken = Já existe uma conta com este e-mail. Entre com ela.

## Cadastros do comerciante

console-listings-title = Meus cadastros
console-listings-intro = Cada cadastro mostra sua situação: rascunho que só você vê, aguardando revisão, publicado no guia ou não aceito, com o motivo do revisor.
console-listings-empty = Você ainda não tem cadastros.
console-listings-older = Cadastros anteriores
console-status-label = Situação
console-status-draft = Rascunho
console-status-pending = Aguardando revisão
console-status-live = Publicado
console-status-live-pending = Publicado; suas alterações aguardam revisão
console-status-rejected = Não aceito
console-status-live-rejected = Publicado; suas alterações não foram aceitas
console-reason = Motivo do revisor:
console-reason-note = Observação do revisor:
console-updated = Última alteração
console-unnamed = (ainda sem nome)

## Início da equipe

console-staff-title = Início da equipe
console-staff-intro = Você entrou como { $role }.
console-staff-queue = Aguardando revisão
console-staff-queue-empty = Nada aguarda revisão.
console-staff-queue-count = { $count ->
    [one] Um envio aguarda revisão.
   *[other] { $count } envios aguardam revisão.
}
console-staff-queue-more = Há mais envios aguardando; estes são os { $shown } mais antigos.
console-staff-submitted = Enviado em

## Páginas de erro

console-problem-code = Erro { $status }
console-problem-home = Ir para o início do console
console-problem-not-found-title = Página não encontrada
console-problem-not-found-detail = Não há página neste endereço. Verifique o link ou recomece pelo início do console.
console-problem-forbidden-title = Não permitido
console-problem-forbidden-detail = Esta página não está aberta à sua conta ({ $role }).
console-problem-visitor-detail = O console é para comerciantes e a equipe de turismo. Sua conta é de visitante: use o aplicativo Canton Guide.
console-problem-csrf-title = Este formulário expirou
console-problem-csrf-detail = O formulário não foi enviado de uma página aberta do console ou é antigo demais. Volte, recarregue a página e envie de novo.
console-problem-bad-request-title = A solicitação não foi entendida
console-problem-bad-request-detail = Algo no endereço ou no formulário não foi entendido. Volte e tente novamente.
console-problem-bad-language-title = Idioma indisponível
console-problem-bad-language-detail = “{ $value }” não é um dos idiomas do console. Escolha um destes:
console-problem-bad-cursor-detail = Este link de página não é válido. Recomece pela primeira página dos seus cadastros.
console-problem-too-large-detail = O formulário é maior que os { $max } bytes aceitos pelo console.
console-problem-internal-title = Algo deu errado do nosso lado
console-problem-internal-detail = Não foi possível mostrar a página. Tente novamente daqui a pouco.

## Formulário de cadastro (comerciante)
console-nav-new-listing = Novo cadastro
console-listing-new-title = Novo cadastro
console-listing-edit-title = Editar cadastro
console-listing-created = Rascunho criado. Só você pode vê-lo até enviá-lo e um curador aprová-lo.
console-listing-saved = Salvo. O rascunho continua visível só para você.
console-listing-saved-live = Salvo. Suas alterações aguardam revisão; até lá, a versão publicada continua no guia.
console-listing-submitted = Enviado para revisão. A decisão aparecerá aqui.
console-listing-errors = { $count ->
    [one] O cadastro não foi salvo: um campo precisa de atenção.
   *[other] O cadastro não foi salvo: { $count } campos precisam de atenção.
}
console-listing-stale = Este cadastro foi salvo em outra aba ou janela depois que você o abriu. Suas alterações continuam no formulário abaixo; salvar de novo substitui a outra versão.
console-listing-stale-submit = Este cadastro mudou depois que você o abriu. Confira a versão abaixo e envie de novo.
console-listing-status = Situação do cadastro
console-listing-view-public = Abrir a página pública
console-submit = Enviar para revisão
console-submit-hint = Um curador confere o cadastro antes que ele apareça no guia.
console-save = Salvar
console-section-basics = Dados básicos
console-field-kind = Tipo de lugar
console-field-district = Distrito
console-field-name-zh = Nome em chinês
console-field-name-zh-hint = Como na placa: motoristas de táxi e pedestres o leem.
console-field-address-zh = Endereço em chinês
console-field-phone = Telefone
console-section-location = Localização
console-field-map-link = Link de compartilhamento do mapa
console-field-map-link-hint = Cole um link do Amap, do Apple Maps ou do Google Maps; ele substitui as coordenadas abaixo. O Amap usa as coordenadas chinesas GCJ-02; elas são convertidas para WGS-84.
console-field-lat = Latitude (WGS-84)
console-field-lng = Longitude (WGS-84)
console-field-location-needed = Informe a latitude e a longitude, por exemplo 23.1291 e 113.2644, ou cole um link de compartilhamento do mapa.
console-map-link-not-a-link = Cole um endereço da web que comece com https://.
console-map-link-unknown = Este não é um link do Amap, do Apple Maps nem do Google Maps.
console-map-link-short = Links curtos não contêm coordenadas. Abra o link em um navegador e copie o endereço completo da barra de endereços.
console-map-link-no-coordinates = Este link indica um lugar ou uma busca, não um ponto. Compartilhe um alfinete marcado no mapa ou informe as coordenadas.
console-section-hours = Horário de funcionamento
console-field-hours = Horário de funcionamento (sintaxe do OpenStreetMap)
console-field-hours-hint = Por exemplo, “Mo-Fr 10:00-22:00; Sa-Su 10:00-23:00; PH off” (PH: feriados).
console-hours-preview = Os próximos sete dias, como os visitantes vão vê-los
console-hours-closed = Fechado
console-hours-unknown = desconhecido
console-section-payments = Como os visitantes pagam
console-section-friendliness = Para visitantes estrangeiros
console-friendly-unsaid = Não informado
console-friendly-yes = Sim
console-friendly-no = Não
console-field-staff-languages = Idiomas falados pela equipe
console-field-staff-languages-hint = Códigos de idioma separados por vírgulas, por exemplo en, ja, yue.
console-section-refund = Restituição de impostos
console-field-refund-store = Loja credenciada para restituição de impostos na saída do país
console-field-refund-instant = Paga a restituição na hora (restituição imediata)
console-section-more = Mais sobre o lugar
console-field-night = Aberto à noite (economia noturna)
console-field-interests = Bom para
console-interest-food = Gastronomia
console-interest-shopping = Compras
console-interest-night = Vida noturna
console-interest-heritage = Patrimônio
console-interest-culture = Cultura
console-interest-nature = Natureza
console-interest-family = Famílias
console-field-tags = Etiquetas
console-field-tags-hint = Separadas por vírgulas.
console-field-visit-minutes = Duração habitual de uma visita, em minutos
console-section-texts = Textos para os visitantes, por idioma
console-texts-hint = O inglês é obrigatório. Acrescente os idiomas em que você escreve bem; onde faltar um idioma, os visitantes veem o inglês.
console-field-name = Nome
console-field-summary = Resumo
console-field-address = Endereço

## Revisão (curadores e administradores)
console-nav-review = Fila de revisão
console-review-title = Fila de revisão
console-review-intro = Envios dos comerciantes, os mais antigos primeiro. Abra um para compará-lo com o que está publicado e depois aprove-o ou recuse-o.
console-review-more = Mais envios
console-review-merchant = Comerciante:
console-review-kind-new = Novo cadastro
console-review-kind-edit = Alteração de um cadastro publicado
console-review-one-title = Revisar um envio
console-review-changes = O que muda
console-review-field = Campo
console-review-live = Publicado agora
console-review-proposed = Proposto
console-review-no-changes = Nenhum campo difere da versão publicada.
console-review-empty-value = —
console-review-approve-heading = Aprovar
console-review-approve-hint = A versão proposta é publicada no guia imediatamente.
console-review-approve = Aprovar e publicar
console-review-reject-heading = Recusar
console-review-reason = Motivo
console-review-reason-choose = Escolha um motivo
console-review-note = Observação para o comerciante (opcional)
console-review-note-hint = Mostrada como você a escrever; o motivo em si aparece no idioma do comerciante.
console-review-reject = Recusar
console-review-reject-fix = Escolha um motivo antes de recusar.
console-review-approved = Aprovado: o cadastro está publicado.
console-review-rejected = Recusado: o comerciante vê o motivo no idioma dele.
console-review-gone = Outra pessoa já decidiu sobre esse envio, ou ele mudou depois que você o abriu. Esta é a fila como está agora.

## Registro de auditoria, contas e roteiros temáticos (curadores e administradores)
console-nav-audit = Registro de auditoria
console-audit-title = Registro de auditoria
console-audit-intro = Cada alteração feita pela equipe e pelos comerciantes, a mais recente primeiro, com o estado antes e depois. Horário de Cantão.
console-audit-filters = Filtros
console-audit-actor = Quem (identificador da conta)
console-audit-action = Ação
console-audit-action-hint = Exata, ou o início seguido de um ponto, por exemplo route.
console-audit-target-type = Tipo de objeto (place, route, event, alert, user)
console-audit-target-id = Identificador do objeto
console-audit-since = De
console-audit-until = Até (sem incluir)
console-audit-time-hint = Data e hora com o fuso, por exemplo 2026-12-01T09:00:00+08:00.
console-audit-apply = Aplicar filtros
console-audit-clear = Limpar filtros
console-audit-fix = Alguns filtros não puderam ser lidos; veja as mensagens ao lado deles.
console-audit-empty = Nenhum registro corresponde a estes filtros.
console-audit-time = Hora
console-audit-who = Quem
console-audit-action-column = Ação
console-audit-target = Objeto
console-audit-show-change = Antes e depois
console-audit-before = Antes
console-audit-after = Depois
console-audit-older = Registros mais antigos
console-nav-users = Contas
console-users-title = Contas e funções
console-users-intro = Encontre uma conta pelo endereço de e-mail e mude a função dela. A mudança vale a partir da próxima solicitação da conta.
console-users-email = Endereço de e-mail
console-users-find = Procurar
console-users-none = Nenhuma conta tem este endereço de e-mail.
console-users-since = Conta criada em
console-users-role = Função
console-users-change = Mudar função
console-users-changed = Função alterada. Vale a partir da próxima solicitação da conta.
console-users-fix = A função não foi alterada; veja a mensagem ao lado.
console-nav-routes = Roteiros
console-routes-title = Roteiros temáticos
console-routes-intro = Passeios e excursões de um dia para os visitantes, rascunhos incluídos. Um roteiro aparece no guia quando é publicado.
console-routes-new = Novo roteiro
console-routes-empty = Ainda não há roteiros.
console-routes-stops = { $count ->
    [one] Uma parada
   *[other] { $count } paradas
}
console-routes-updated = Última alteração
console-route-new-title = Novo roteiro
console-route-edit-title = Editar roteiro
console-route-slug = Nome curto para o endereço (slug)
console-route-slug-hint = Letras minúsculas, algarismos e hífens, por exemplo lingnan-heritage-walk.
console-route-theme = Tema
console-route-stops = Paradas, na ordem da visita
console-route-stops-hint = De 2 a 30 lugares publicados no guia. Acrescentar, mover ou remover uma parada muda só este formulário: clique em Salvar para mantê-lo.
console-route-no-stops = Ainda não há paradas.
console-route-stop = Parada { $number }
console-route-dwell = Minutos no local
console-route-leg-mode = Depois, até a próxima parada de
console-route-leg-minutes = Minutos até a próxima parada
console-route-up = Subir
console-route-down = Descer
console-route-remove = Remover
console-route-add-place = Lugar a acrescentar
console-route-add-place-hint = O nome curto (slug) ou o identificador do lugar, por exemplo canton-tower.
console-route-add = Acrescentar parada
console-route-sources = Fontes
console-route-sources-hint = Um endereço web por linha: as páginas em que o roteiro se baseia.
console-route-unsaved = Ainda não salvo: clique em Salvar para manter estas alterações.
console-route-errors = { $count ->
    [one] O roteiro não foi salvo: um campo precisa de correção.
   *[other] O roteiro não foi salvo: { $count } campos precisam de correção.
}
console-route-created = Roteiro criado como rascunho. Publique-o quando estiver pronto.
console-route-saved = Roteiro salvo.
console-route-published = Publicado: o roteiro está no guia.
console-route-unpublished = Retirado: o roteiro voltou a ser rascunho.
console-route-publish = Publicar
console-route-publish-hint = Os visitantes veem o roteiro no guia imediatamente.
console-route-unpublish = Retirar
console-route-unpublish-hint = O roteiro sai do guia e volta a ser rascunho.

## Eventos e alertas (curadores e administradores)
console-nav-events = Eventos
console-nav-alerts = Alertas
console-field-zones = Polos comerciais
console-confidence-confirmed = Confirmadas: o organizador as anunciou
console-confidence-inferred = Previstas: com base em anos anteriores, ainda não anunciadas
console-confidence-uncertain = Incertas: os visitantes são orientados a verificar
console-events-title = Eventos
console-events-intro = Feiras, festivais, exposições e feriados, rascunhos incluídos. Um evento aparece no guia quando é publicado.
console-events-new = Novo evento
console-events-empty = Ainda não há eventos.
console-event-new-title = Novo evento
console-event-edit-title = Editar evento
console-event-slug-hint = Letras minúsculas, algarismos e hifens, por exemplo canton-fair-spring.
console-event-kind = Tipo de evento
console-event-dates = Datas
console-event-starts-on = Primeiro dia
console-event-ends-on = Último dia
console-event-dates-hint = Dias em Cantão; o último dia está incluído. Para um evento de um dia, informe o mesmo dia duas vezes.
console-event-confidence = Quão certas são as datas?
console-event-where = Onde
console-event-place = Local (opcional)
console-event-place-hint = O nome curto (slug) ou o identificador de um lugar publicado no guia, por exemplo canton-tower. Deixe vazio para um evento na cidade toda.
console-event-sources-hint = Um endereço web por linha: as páginas de onde vêm as datas.
console-event-errors = { $count ->
    [one] O evento não foi salvo: um campo precisa de correção.
   *[other] O evento não foi salvo: { $count } campos precisam de correção.
}
console-event-created = Evento criado como rascunho. Publique-o quando estiver pronto.
console-event-saved = Evento salvo.
console-event-published = Publicado: o evento está no guia.
console-event-unpublished = Retirado: o evento voltou a ser rascunho.
console-event-publish-hint = Os visitantes veem o evento no guia imediatamente.
console-event-unpublish-hint = O evento sai do guia e volta a ser rascunho.
console-severity-info = Informação
console-severity-warning = Aviso
console-severity-severe = Grave
console-alerts-title = Alertas
console-alerts-intro = Alertas para os visitantes (tufões, temporais, fechamentos), rascunhos e alertas passados incluídos. Um alerta publicado aparece no guia durante o seu período de validade.
console-alerts-new = Novo alerta
console-alerts-empty = Ainda não há alertas.
console-alerts-in-force = Em vigor
console-alerts-upcoming = Ainda não em vigor
console-alerts-over = Encerrado
console-alert-new-title = Novo alerta
console-alert-edit-title = Editar alerta
console-alert-severity = Gravidade
console-alert-severity-hint = Informação: bom saber. Aviso: leve em conta no planejamento. Grave: aja agora (sinal de tufão, segurança).
console-alert-starts-at = De
console-alert-ends-at = Até
console-alert-window-hint = Horário de Cantão (UTC+8). O alerta aparece do primeiro horário até o segundo.
console-alert-time-invalid = Esperava-se uma data e uma hora, por exemplo 2026-12-01 19:30 (horário de Cantão).
console-alert-area = Onde se aplica
console-alert-area-hint = Marque os polos comerciais e os roteiros afetados; não marque nada para a cidade toda.
console-alert-title-field = Título
console-alert-body = Detalhes
console-alert-errors = { $count ->
    [one] O alerta não foi salvo: um campo precisa de correção.
   *[other] O alerta não foi salvo: { $count } campos precisam de correção.
}
console-alert-created = Alerta criado como rascunho. Publique-o para exibi-lo.
console-alert-saved = Alerta salvo.
console-alert-published = Publicado: o alerta aparece enquanto estiver em vigor.
console-alert-unpublished = Retirado: o alerta voltou a ser rascunho.
console-alert-publish-hint = Os visitantes veem o alerta durante o seu período de validade.
console-alert-unpublish-hint = O alerta deixa de aparecer e volta a ser rascunho.
