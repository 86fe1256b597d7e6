# Canton Guide — messages du moteur de règles (transit, tax_refund, planner). Mêmes clés et variables que en/rules.ftl.

## Vérification sans visa : régimes et zone autorisée

transit-scheme-transit_240h = Transit sans visa de 240 heures
transit-scheme-transit_144h = Transit sans visa de 144 heures
transit-scheme-visa_free_30d = Entrée sans visa de 30 jours
transit-scheme-none = Non confirmé : renseignez-vous auprès de l’ambassade
transit-area-designated_provinces = Les provinces du régime de 240 heures (24 provinces dotées de ports désignés, dont le Guangdong) ; ne les quittez pas.
transit-area-guangdong = Province du Guangdong uniquement.
transit-area-mainland = Chine continentale.

## Vérification sans visa : motifs d’inéligibilité

transit-reason-nationality_not_eligible = Les passeports de { $country } ne sont pas couverts par ce régime.
transit-reason-nationality_list_unknown = Nous n’avons pas la liste des nationalités couvertes à cette date et ne pouvons pas confirmer la vôtre.
transit-reason-port_not_designated = { $port } n’est pas un port d’entrée désigné pour ce régime.
transit-reason-onward_not_third_country = Le billet de continuation doit mener vers un pays ou une région tiers ; la Chine continentale ({ $destination }) ne compte pas.
transit-reason-round_trip = Vous arrivez de { $country } et y repartez ; le transit exige un billet vers un pays ou une région tiers.
transit-reason-purpose_not_allowed = Ce régime couvre uniquement le tourisme, les affaires et les visites ; travail, études et journalisme exigent un visa.
transit-reason-passport_validity_too_short = Votre passeport doit être valide au moins jusqu’au { $date }.
transit-reason-exit_before_entry = La sortie prévue précède l’entrée.
transit-reason-exit_after_deadline = La sortie prévue est après la date limite ({ $deadline }, heure de Pékin).
transit-reason-policy_not_in_force = Nous ne connaissons aucune version de ce régime en vigueur le { $date }.

## Vérification sans visa : avertissements

transit-warning-verify_before_travel = À vérifier avant le départ : les règles changent et certaines informations ne sont pas confirmées. Renseignez-vous auprès de votre compagnie aérienne ou de l’ambassade de Chine.
transit-warning-exit_port_rule_uncertain = Les sources ne disent pas clairement s’il faut sortir par un port désigné ; par prudence, sortez par l’un d’eux.
transit-warning-port_identity_uncertain = Le terminal désigné par « { $port } » n’est pas confirmé.
transit-warning-port_not_listed = { $port } ne figure pas dans notre liste des ports du Guangdong pour ce régime ; il peut être désigné ailleurs en Chine.
transit-warning-exit_port_not_listed = Votre port de sortie { $port } ne figure pas dans notre liste des ports désignés.
transit-warning-policy_ends_during_stay = Cette règle n’est confirmée que jusqu’au { $date }, avant la fin de votre séjour.
transit-warning-policy_ends_soon = Cette règle n’est confirmée que jusqu’au { $date } ; vérifiez une éventuelle prolongation avant de partir.
transit-warning-country_window_uncertain = Les dates de ce régime pour votre pays ne sont pas confirmées.
transit-warning-nationality_list_unknown = La liste des nationalités couvertes à cette date n’est pas enregistrée.
transit-warning-suspended_2020_2023 = Ce régime a été suspendu de 2020 au 8 janvier 2023.
transit-warning-passport_validity_uncertain = Une source exige un passeport valide au moins 6 mois ; assurez-vous que le vôtre l’est.
transit-warning-day_count_rule_uncertain = Nous comptons les 30 jours à partir de 0 h le lendemain de l’entrée, comme pour le transit ; les sources ne le confirment pas pour ce régime.

## Visa-free check: mutual visa-exemption agreements and answers we cannot confirm

transit-scheme-mutual_visa_exemption = Exemption mutuelle de visa (accord entre la Chine et votre pays)
transit-reason-no_agreement = Nous ne connaissons aucun accord d’exemption mutuelle de visa entre la Chine et { $country } pour les passeports ordinaires.
transit-reason-agreement_not_yet_in_force = L’accord d’exemption de visa avec { $country } s’applique aux entrées à partir du { $date }.
transit-reason-agreement_ended = L’accord d’exemption de visa avec { $country } ne s’appliquait qu’aux entrées jusqu’au { $date }.
transit-reason-nationality_not_in_data = Nos données ne contiennent aucun régime sans visa pour les passeports de { $country }. Cela ne veut pas dire qu’il n’en existe pas.
transit-warning-cannot_confirm_check_embassy = Nous ne pouvons pas confirmer une entrée sans visa pour ce voyage. Renseignez-vous auprès de l’ambassade ou du consulat de Chine, ou de votre compagnie aérienne, avant de partir.
transit-warning-cumulative_any_180_days = Les séjours au titre de cet accord ne peuvent dépasser { $days } jours au total sur toute période de 180 jours ; comptez vos visites précédentes.
transit-warning-cumulative_calendar_year = Les séjours au titre de cet accord ne peuvent dépasser { $days } jours au total par année civile ; comptez vos visites précédentes.
transit-warning-agreement_uncertain = Les conditions de cet accord ne sont pas confirmées par un avis officiel.

## Détaxe : motifs sans remboursement

refund-reason-below_minimum = En dessous du minimum de { $minimum } RMB par magasin et par jour.
refund-reason-export_window_passed = Les marchandises doivent quitter la Chine avant le { $date } ; votre départ est plus tard.
refund-reason-vat_rate_not_refundable = Les marchandises à { $vat } % de TVA ne sont pas remboursées.
refund-reason-stay_too_long = Seuls les visiteurs ayant passé au plus { $days } jours consécutifs en Chine continentale peuvent demander la détaxe.

## Détaxe : avertissements

refund-warning-stay_too_long = Vous avez passé plus de { $days } jours consécutifs en Chine continentale : aucun achat n’ouvre droit à la détaxe.
refund-warning-transfer_only = Au-delà de { $limit } RMB, le remboursement se fait uniquement par virement bancaire, pas en espèces.
refund-warning-effective_date_uncertain = Le minimum et le plafond en espèces actuels s’appliquent depuis avril 2025 ; la date exacte n’est pas confirmée.
refund-warning-refund_counter_location_uncertain = Le comptoir et le terminal exacts de détaxe à l’aéroport de Baiyun ne sont pas confirmés ; renseignez-vous sur place.
refund-warning-verify_before_travel = À vérifier avant le départ : certaines de ces règles ne sont pas confirmées et ont pu changer.

## Détaxe : remboursement immédiat en magasin

refund-instant-card_preauthorisation = Le magasin effectue une préautorisation sur votre carte bancaire et vous rembourse immédiatement.
refund-instant-customs_check_at_departure = Vous devez tout de même présenter les marchandises à la douane en quittant la Chine.
refund-instant-leave_within_export_window = Quittez la Chine avec les marchandises dans le délai d’exportation, sinon le montant préautorisé est débité.

## Détaxe : liste de départ

refund-checklist-eligible_travellers = Les visiteurs étrangers et les résidents de Hong Kong, Macao et Taïwan peuvent demander la détaxe.
refund-checklist-goods_unused_and_carried = Gardez les marchandises neuves et emportez-les, en cabine ou en soute.
refund-checklist-leave_within_90_days = Quittez la Chine avec les marchandises dans les { $days } jours suivant l’achat.
refund-checklist-keep_forms_and_invoices = Gardez les formulaires de détaxe et les factures de chaque magasin avec votre passeport.
refund-checklist-customs_stamp_before_checkin = À l’aéroport de Baiyun, faites tamponner les formulaires par la douane avant d’enregistrer vos bagages.
refund-checklist-collect_in_restricted_zone = Récupérez le remboursement auprès de l’agence de détaxe en zone réservée, après le contrôle de sûreté.
refund-checklist-refund_counter_location_uncertain = Le comptoir et le terminal exacts ne sont pas confirmés : demandez au personnel de l’aéroport.
refund-checklist-cash_limit = Jusqu’à { $limit } RMB, le remboursement peut être versé en espèces ou par virement ; au-delà, par virement uniquement.
refund-checklist-instant_refund_customs_check = Remboursement immédiat : le contrôle douanier au départ reste obligatoire.

## Planificateur d’itinéraire : avertissements

plan-warning-outlasts_deadline = Votre départ est après la limite de votre séjour sans visa ({ $deadline }, heure de Pékin) ; le programme s’arrête à temps. Changez votre billet ou obtenez un visa.
plan-warning-leave_for_port = Partez pour { $port } avant { $time } afin d’y être { $minutes } minutes avant le départ.
plan-warning-leave_for_departure = Partez avant { $time } afin d’être au point de départ { $minutes } minutes avant le départ.
plan-warning-tax_refund_reminder = Vous avez des achats détaxables : prévoyez du temps au port de départ pour le tampon de la douane avant l’enregistrement et le remboursement après le contrôle de sûreté.
plan-warning-start_outside_guangzhou = Votre point de départ est hors de Guangzhou ; les trajets peuvent être plus longs qu’indiqué.
plan-warning-outside_guangzhou = { $place } est hors de Guangzhou ; vérifiez qu’il se trouve dans la zone autorisée par votre séjour sans visa.
plan-warning-must_see_unknown = Nous ne connaissons pas le lieu « { $place } ».
plan-warning-must_see_not_scheduled = « { $place } » n’a pas pu être placé : fermé ou trop loin à chaque créneau libre.
plan-warning-nothing_fits = Aucune visite ne tient entre votre arrivée et l’heure de partir pour le port.

## Input checks of the rules endpoints (server) and planner notices added by the server

field-invalid-country = Code ISO 3166-1 à deux lettres attendu, par exemple « US », « JP » ou « HK ».
field-positive-amount = Montant en yuans attendu, supérieur à 0 et au plus { $max }, par exemple « 250.00 ».
field-too-many = { $max } éléments au maximum.
field-plan-needs-end = Indiquez « exit_at » ou la « deadline » de l’exemption de visa : le programme doit avoir une fin.
field-end-before-entry = Heure postérieure à « entry_at » attendue.
field-window-too-long = Le séjour peut durer au plus { $days } jours.
plan-warning-hours_unknown = Nous ne connaissons pas les horaires de { $place } ; vérifiez-les avant d’y aller.
