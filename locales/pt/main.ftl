# Canton Guide — Portuguese messages (translated from the English reference,
# locales/en/main.ftl: this file must have exactly its keys; a test enforces it).
#
# Shared by guide-server (problem+json titles and details, labels in responses) and
# guide-core (the app's view models). Variables are written { $name }.

## Problem titles and details (RFC 9457 problem+json)

error-not-found-title = Não encontrado
error-not-found-detail = Não encontrado: { $what } “{ $id }”.
error-route-not-found-detail = Não há nenhum endpoint da API em { $path }. Consulte /docs para ver a lista de endpoints.
error-validation-title = Alguns dados não são válidos
error-validation-detail = Verifique os campos listados em “errors”; cada um informa o que seria aceito.
error-bad-request-title = Solicitação inválida
error-method-not-allowed-title = Método não permitido
error-method-not-allowed-detail = Este endpoint não aceita esse método HTTP.
error-payload-too-large-title = Corpo da solicitação muito grande
error-payload-too-large-detail = O corpo da solicitação pode ter no máximo { $max } bytes.
error-unsupported-media-type-title = Tipo de mídia não suportado
error-unsupported-media-type-detail = Envie o corpo em JSON com “Content-Type: application/json”.
error-not-acceptable-title = Formato de resposta indisponível
error-unauthorized-title = Login necessário
error-unauthorized-detail = Faça login novamente: o token de acesso está ausente, expirou ou não é válido.
error-forbidden-title = Ação não permitida
error-forbidden-detail = Sua conta não tem permissão para fazer isso.
error-conflict-title = Conflito
error-precondition-failed-title = Alterado por outra pessoa
error-precondition-failed-detail = Este item foi alterado depois que você o carregou. Recarregue-o, aplique sua edição novamente e salve outra vez; nada foi sobrescrito.
error-precondition-required-detail = Envie o ETag do item em um cabeçalho “If-Match” para não sobrescrever a edição de outra pessoa.
error-too-many-requests-title = Solicitações em excesso
error-too-many-requests-detail = Aguarde { $seconds } segundos e tente novamente.
error-unavailable-title = Serviço temporariamente indisponível
error-unavailable-detail = Não é possível acessar o banco de dados no momento. Tente novamente em instantes.
error-overloaded-detail = O servidor está sobrecarregado. Aguarde { $seconds } segundos e tente novamente.
error-uri-too-long-title = Endereço da solicitação longo demais
error-uri-too-long-detail = O caminho e os parâmetros de uma solicitação podem ter no máximo { $max } bytes.
error-host-required-detail = Uma solicitação HTTP/1.1 deve incluir o cabeçalho Host.
error-last-admin-detail = Deve haver sempre pelo menos um administrador: promova outra pessoa a administrador primeiro.
error-internal-title = Algo deu errado do nosso lado
error-internal-detail = O problema foi registrado. Tente novamente mais tarde.

## Field-level validation messages (the “errors” array)

field-invalid-coordinates = Esperado “LAT,LNG” em graus decimais, latitude −90…90 e longitude −180…180, por exemplo “23.1291,113.2644”.
field-out-of-range = Esperado um número inteiro de { $min } a { $max }.
field-invalid-number = Esperado um número.
field-invalid-choice = “{ $value }” não é aceito aqui. Valores aceitos: { $accepted }.
field-invalid-boolean = Esperado “true” ou “false”.
field-invalid-tax-refund = Esperado “true” (qualquer loja com restituição de impostos) ou “instant” (restituição imediata na loja).
field-invalid-time = Esperada uma data e hora com fuso horário (deslocamento), por exemplo “2026-12-01T19:30:00+08:00”.
field-invalid-date = Esperada uma data, por exemplo “2026-12-01”.
field-invalid-cursor = Este cursor não é válido ou expirou; solicite a primeira página novamente sem “cursor”.
field-too-long = No máximo { $max } caracteres.
field-requires-near = Permitido somente junto com “near”.
field-unknown-parameter = Parâmetro desconhecido. Parâmetros aceitos: { $accepted }.
field-invalid-json = O corpo não é um JSON válido para este endpoint: { $reason }
field-required = Este campo é obrigatório.
field-invalid-range = “from” não pode ser posterior a “to”.

## Place kinds

kind-shop = Loja
kind-mall = Shopping center
kind-flagship_store = Loja-conceito
kind-restaurant = Restaurante
kind-food_street = Rua gastronômica
kind-duty_free_shop = Loja duty free
kind-tax_refund_point = Posto de restituição de impostos
kind-night_scene = Vista noturna
kind-attraction = Ponto turístico
kind-market = Mercado especializado
kind-transport_hub = Polo de transporte

## Payment methods

pay-foreign_card_pos = Cartões bancários estrangeiros (maquininha)
pay-alipay_foreign_card = Alipay com cartão estrangeiro
pay-wechat_foreign_card = WeChat Pay com cartão estrangeiro
pay-foreign_wallets = Carteiras digitais estrangeiras (AlipayHK, Kakao Pay, Touch ’n Go…)
pay-unionpay = UnionPay
pay-cash = Dinheiro (RMB)

## Foreigner-friendliness

friendly-english_menu = Cardápio em inglês
friendly-picture_menu = Cardápio com fotos
friendly-order_without_wechat = Pedido sem WeChat
friendly-halal = Halal
friendly-vegetarian = Opções vegetarianas
friendly-wheelchair = Acessível para cadeirantes
friendly-staff_languages = A equipe fala: { $languages }

## Badges and notices

badge-open-now = Aberto agora
badge-closed-now = Fechado agora
badge-hours-unknown = Horário desconhecido
hours-closed-day = Fechado
hours-unknown-span = desconhecido
badge-foreign-card = Aceita cartões estrangeiros
badge-tax-refund = Restituição de impostos
badge-instant-refund = Restituição imediata de impostos
badge-duty-free = Duty free
badge-night = Vida noturna
notice-verify-before-travel = Confirme antes de ir
notice-not-yet-verified = Ainda não verificado
notice-approximate-location = Localização aproximada
notice-translation-fallback = Ainda não traduzido para o seu idioma; exibido em { $language }.
opens-at = Abre às { $time }
closes-at = Fecha às { $time }

## Driver card (shown to taxi drivers)

driver-card-title = Mostre isto ao motorista
driver-card-request = 请带我去这里 (Por favor, leve-me até aqui)

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

zone-tier-world_class = Polo comercial de nível mundial
zone-tier-lingnan = Polo comercial do patrimônio de Lingnan
zone-tier-transport_hub = Polo comercial em centro de transportes

## Getting around

mode-walk = A pé
mode-metro = Metrô
mode-taxi = Táxi
mode-bus = Ônibus
mode-ferry = Balsa
minutes = { $count ->
    [one] { $count } minuto
   *[other] { $count } minutos
}
distance-m = { $meters } m
distance-km = { $km } km

## Events

event-kind-fair = Feira comercial
event-kind-festival = Festival
event-kind-exhibition = Exposição
event-kind-sport = Esporte
event-kind-holiday = Feriado
notice-dates-unconfirmed = Datas ainda não confirmadas

## Accounts, merchant listings and staff review
error-precondition-required-title = If-Match obrigatório
error-invalid-credentials-detail = O e-mail ou a senha estão incorretos.
error-email-taken-detail = Já existe uma conta com este e-mail. Entre na conta ou use outro endereço.
error-conflict-state-detail = Não é possível enquanto o item estiver no estado “{ $state }”.
error-limit-reached-detail = Você atingiu o limite de { $max } itens salvos. Apague alguns e tente novamente.
error-slug-taken-detail = O identificador “{ $slug }” já está em uso. Escolha outro.
field-password-too-short = Use pelo menos { $min } caracteres. Algumas palavras sem relação entre si formam uma senha boa e fácil de lembrar.
field-password-too-common = Esta senha é comum ou simples demais. Tente algumas palavras sem relação entre si.
field-password-contains-email = A senha não pode conter o seu e-mail.
field-invalid-email = Esperava-se um e-mail como “name@example.com”.
field-outside-guangzhou = Este ponto fica fora de Cantão. Latitude esperada entre 22.5 e 23.95 e longitude entre 112.95 e 114.05 (WGS-84).
field-invalid-opening-hours = Horário do OpenStreetMap inválido: { $reason }
field-missing-translation = É obrigatória uma tradução “{ $locale }”.
field-unpublished-place = “{ $place }” não é um local publicado.
field-not-on-last-stop = A última parada não tem próxima: omita “to_next”.
field-ends-before-start = O fim deve ser posterior ao início.
field-unknown-reference = “{ $value }” não existe.
field-invalid-slug = Use letras ASCII minúsculas, dígitos e “-” (no máximo 100 caracteres).
field-invalid-url = Indique o endereço de uma página web que qualquer pessoa possa abrir, começando por https:// (no máximo 2000 caracteres).
review-reason-incomplete = Faltam informações obrigatórias. Complete o cadastro.
review-reason-inaccurate = Algumas informações não puderam ser confirmadas ou parecem erradas. Verifique-as.
review-reason-duplicate = Este local já consta no guia.
review-reason-not_eligible = Este local não se encaixa num guia para visitantes estrangeiros de Cantão.
review-reason-inappropriate = O cadastro contém textos ou imagens que não podem ser publicados.
field-nul-character = O texto não pode conter caracteres NUL (%00).
review-reason-other = Veja a nota de quem revisou o cadastro.

## Public place and route pages (/p/…, /r/…)
page-hours = Horário de funcionamento
page-payments = Como pagar
page-maps = Abrir em um app de mapas
page-sources = Fontes
page-stops = Paradas
page-not-found = Este lugar ou roteiro não está no guia ou não está mais publicado.
