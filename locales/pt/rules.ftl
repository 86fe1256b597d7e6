# Canton Guide — mensagens do motor de regras (transit, tax_refund, planner). Mesmas chaves e variáveis que en/rules.ftl.

## Verificação de isenção de visto: regimes e área permitida

transit-scheme-transit_240h = Trânsito sem visto de 240 horas
transit-scheme-transit_144h = Trânsito sem visto de 144 horas
transit-scheme-visa_free_30d = Entrada sem visto de 30 dias
transit-scheme-none = Não confirmado: consulte a embaixada
transit-area-designated_provinces = As províncias do regime de 240 horas (24 províncias com portos designados, incluindo Guangdong); não saia delas.
transit-area-guangdong = Apenas a província de Guangdong.
transit-area-mainland = China continental.

## Verificação de isenção de visto: motivos de não elegibilidade

transit-reason-nationality_not_eligible = Passaportes de { $country } não são abrangidos por este regime.
transit-reason-nationality_list_unknown = Não temos a lista de nacionalidades abrangidas nessa data, por isso não podemos confirmar a sua.
transit-reason-port_not_designated = { $port } não é um porto de entrada designado para este regime.
transit-reason-onward_not_third_country = O bilhete de continuação deve ir para um terceiro país ou região; a China continental ({ $destination }) não conta.
transit-reason-round_trip = Chega de { $country } e segue para o mesmo lugar; o trânsito exige um bilhete para um terceiro país ou região.
transit-reason-purpose_not_allowed = Este regime abrange apenas turismo, negócios e visitas; trabalho, estudo e jornalismo exigem visto.
transit-reason-passport_validity_too_short = O seu passaporte deve ser válido pelo menos até { $date }.
transit-reason-exit_before_entry = A saída prevista é anterior à entrada.
transit-reason-exit_after_deadline = A saída prevista é posterior ao prazo ({ $deadline }, hora de Pequim).
transit-reason-policy_not_in_force = Não conhecemos nenhuma versão deste regime em vigor em { $date }.

## Verificação de isenção de visto: avisos

transit-warning-verify_before_travel = Confirme antes de viajar: as regras mudam e alguns dados aqui não estão confirmados. Consulte a sua companhia aérea ou a embaixada da China.
transit-warning-exit_port_rule_uncertain = As fontes não dizem claramente se a saída tem de ser por um porto designado; por segurança, saia por um deles.
transit-warning-port_identity_uncertain = Não está confirmado a que terminal se refere “{ $port }”.
transit-warning-port_not_listed = { $port } não está na nossa lista de portos de Guangdong para este regime; pode ser designado noutra parte da China.
transit-warning-exit_port_not_listed = O seu porto de saída { $port } não está na nossa lista de portos designados.
transit-warning-policy_ends_during_stay = Esta regra só está confirmada até { $date }, antes do fim da sua estadia.
transit-warning-policy_ends_soon = Esta regra só está confirmada até { $date }; verifique se foi prorrogada antes de viajar.
transit-warning-country_window_uncertain = As datas deste regime para o seu país não estão confirmadas.
transit-warning-nationality_list_unknown = A lista de nacionalidades abrangidas nessa data não está registada.
transit-warning-suspended_2020_2023 = Este regime esteve suspenso de 2020 até 8 de janeiro de 2023.
transit-warning-passport_validity_uncertain = Uma fonte exige passaporte válido por pelo menos 6 meses; confirme que o seu está.
transit-warning-day_count_rule_uncertain = Contamos os 30 dias a partir das 0h do dia seguinte à entrada, como no trânsito; as fontes não o confirmam para este regime.

## Visa-free check: mutual visa-exemption agreements and answers we cannot confirm

transit-scheme-mutual_visa_exemption = Isenção mútua de visto (acordo entre a China e o seu país)
transit-reason-no_agreement = Não temos conhecimento de um acordo de isenção mútua de visto entre a China e { $country } para passaportes comuns.
transit-reason-agreement_not_yet_in_force = O acordo de isenção de visto com { $country } aplica-se a entradas a partir de { $date }.
transit-reason-agreement_ended = O acordo de isenção de visto com { $country } aplicou-se apenas a entradas até { $date }.
transit-reason-nationality_not_in_data = Os nossos dados não incluem nenhum regime sem visto para passaportes de { $country }. Isso não significa que não exista.
transit-warning-cannot_confirm_check_embassy = Não podemos confirmar a entrada sem visto para esta viagem. Consulte a embaixada ou o consulado da China, ou a sua companhia aérea, antes de viajar.
transit-warning-cumulative_any_180_days = As estadias ao abrigo deste acordo não podem somar mais de { $days } dias em qualquer período de 180 dias; conte as suas visitas anteriores.
transit-warning-cumulative_calendar_year = As estadias ao abrigo deste acordo não podem somar mais de { $days } dias por ano civil; conte as suas visitas anteriores.
transit-warning-agreement_uncertain = As condições deste acordo não estão confirmadas por um aviso oficial.

## Reembolso de impostos: motivos sem reembolso

refund-reason-below_minimum = Abaixo do mínimo de { $minimum } RMB por loja por dia.
refund-reason-export_window_passed = Os produtos devem sair da China até { $date }; a sua partida é posterior.
refund-reason-vat_rate_not_refundable = Produtos com IVA de { $vat } % não são reembolsados.
refund-reason-stay_too_long = Só podem pedir reembolso visitantes que passaram no máximo { $days } dias seguidos na China continental.

## Reembolso de impostos: avisos

refund-warning-stay_too_long = Passou mais de { $days } dias seguidos na China continental, por isso nenhuma compra dá direito a reembolso.
refund-warning-transfer_only = Reembolsos acima de { $limit } RMB são pagos apenas por transferência bancária, não em dinheiro.
refund-warning-effective_date_uncertain = O mínimo e o limite em dinheiro atuais aplicam-se desde abril de 2025; a data exata não está confirmada.
refund-warning-refund_counter_location_uncertain = O balcão e o terminal exatos de reembolso no aeroporto de Baiyun não estão confirmados; pergunte no aeroporto.
refund-warning-verify_before_travel = Confirme antes de viajar: algumas destas regras não estão confirmadas e podem ter mudado.

## Reembolso de impostos: reembolso imediato na loja

refund-instant-card_preauthorisation = A loja faz uma pré-autorização no seu cartão bancário e paga o reembolso na hora.
refund-instant-customs_check_at_departure = Mesmo assim, tem de mostrar os produtos à alfândega ao sair da China.
refund-instant-leave_within_export_window = Saia da China com os produtos dentro do prazo de exportação; caso contrário, o valor pré-autorizado é cobrado.

## Reembolso de impostos: lista para a partida

refund-checklist-eligible_travellers = Visitantes estrangeiros e residentes de Hong Kong, Macau e Taiwan podem pedir reembolso.
refund-checklist-goods_unused_and_carried = Mantenha os produtos sem uso e leve-os consigo, na bagagem de mão ou despachada.
refund-checklist-leave_within_90_days = Saia da China com os produtos até { $days } dias após a compra.
refund-checklist-keep_forms_and_invoices = Guarde os formulários de reembolso e as faturas de cada loja junto ao passaporte.
refund-checklist-customs_stamp_before_checkin = No aeroporto de Baiyun, peça à alfândega que carimbe os formulários antes de despachar a bagagem.
refund-checklist-collect_in_restricted_zone = Receba o reembolso na agência de reembolso da zona restrita, depois do controlo de segurança.
refund-checklist-refund_counter_location_uncertain = O balcão e o terminal exatos não estão confirmados: pergunte ao pessoal do aeroporto.
refund-checklist-cash_limit = Reembolsos até { $limit } RMB podem ser pagos em dinheiro ou por transferência; acima disso, só por transferência bancária.
refund-checklist-instant_refund_customs_check = Reembolso imediato: a verificação alfandegária à saída continua a ser necessária.

## Planeador de itinerários: avisos

plan-warning-outlasts_deadline = A sua partida é depois do prazo da estadia sem visto ({ $deadline }, hora de Pequim); o plano termina a tempo. Altere o bilhete ou obtenha um visto.
plan-warning-leave_for_port = Parta para { $port } até às { $time } para chegar { $minutes } minutos antes da partida.
plan-warning-leave_for_departure = Parta até às { $time } para estar no local de partida { $minutes } minutos antes.
plan-warning-tax_refund_reminder = Tem compras com reembolso de impostos: reserve tempo no porto de saída para o carimbo da alfândega antes do check-in e para receber o reembolso depois da segurança.
plan-warning-start_outside_guangzhou = O seu ponto de partida fica fora de Guangzhou; os trajetos podem demorar mais do que o indicado.
plan-warning-outside_guangzhou = { $place } fica fora de Guangzhou; confirme que está dentro da área permitida pela sua estadia sem visto.
plan-warning-must_see_unknown = Não conhecemos o local “{ $place }”.
plan-warning-must_see_not_scheduled = Não foi possível incluir “{ $place }”: está fechado ou longe demais em todos os horários livres.
plan-warning-nothing_fits = Nenhuma visita cabe entre a sua chegada e a hora de partir para o porto.

## Input checks of the rules endpoints (server) and planner notices added by the server

field-invalid-country = Esperava-se um código ISO 3166-1 de duas letras, como “US”, “JP” ou “HK”.
field-positive-amount = Esperava-se um valor em yuans maior que 0 e no máximo { $max }, por exemplo “250.00”.
field-too-many = No máximo { $max } itens.
field-plan-needs-end = Informe “exit_at” ou o “deadline” da isenção de visto: o roteiro precisa de um fim.
field-end-before-entry = Esperava-se um horário depois de “entry_at”.
field-window-too-long = A viagem pode durar no máximo { $days } dias.
plan-warning-hours_unknown = Não sabemos o horário de funcionamento de { $place }; confira antes de ir.
