# Canton Guide — French messages (translated from the English reference,
# locales/en/main.ftl: this file must have exactly its keys; a test enforces it).
#
# Shared by guide-server (problem+json titles and details, labels in responses) and
# guide-core (the app's view models). Variables are written { $name }.

## Problem titles and details (RFC 9457 problem+json)

error-not-found-title = Introuvable
error-not-found-detail = Introuvable : { $what } « { $id } ».
error-route-not-found-detail = Il n’existe aucun point de terminaison d’API à l’adresse { $path }. Consultez /docs pour la liste des points de terminaison.
error-validation-title = Certaines données ne sont pas valides
error-validation-detail = Vérifiez les champs indiqués dans « errors » ; chacun précise ce qui serait accepté.
error-bad-request-title = Requête incorrecte
error-method-not-allowed-title = Méthode non autorisée
error-method-not-allowed-detail = Ce point de terminaison n’accepte pas cette méthode HTTP.
error-payload-too-large-title = Corps de la requête trop volumineux
error-payload-too-large-detail = Le corps de la requête ne peut pas dépasser { $max } octets.
error-unsupported-media-type-title = Type de média non pris en charge
error-unsupported-media-type-detail = Envoyez le corps au format JSON avec « Content-Type: application/json ».
error-not-acceptable-title = Format de réponse non disponible
error-unauthorized-title = Connexion requise
error-unauthorized-detail = Reconnectez-vous : le jeton d’accès est absent, expiré ou non valide.
error-forbidden-title = Action non autorisée
error-forbidden-detail = Votre compte n’est pas autorisé à effectuer cette action.
error-conflict-title = Conflit
error-precondition-failed-title = Modifié par quelqu’un d’autre
error-precondition-failed-detail = Cet élément a été modifié depuis que vous l’avez chargé. Rechargez-le, appliquez de nouveau votre modification et enregistrez à nouveau ; rien n’a été écrasé.
error-precondition-required-detail = Envoyez l’ETag de l’élément dans un en-tête « If-Match » afin de ne pas écraser les modifications d’autres personnes.
error-too-many-requests-title = Trop de requêtes
error-too-many-requests-detail = Veuillez patienter { $seconds } secondes, puis réessayer.
error-unavailable-title = Service temporairement indisponible
error-unavailable-detail = La base de données est injoignable pour le moment. Veuillez réessayer dans un instant.
error-overloaded-detail = Le serveur est saturé. Veuillez patienter { $seconds } secondes puis réessayer.
error-uri-too-long-title = Adresse de requête trop longue
error-uri-too-long-detail = Le chemin et les paramètres d’une requête ne peuvent pas dépasser { $max } octets.
error-host-required-detail = Une requête HTTP/1.1 doit comporter un en-tête Host.
error-last-admin-detail = Il doit toujours y avoir au moins un administrateur : nommez d’abord quelqu’un d’autre administrateur.
error-internal-title = Un problème est survenu de notre côté
error-internal-detail = Le problème a été enregistré. Veuillez réessayer plus tard.

## Field-level validation messages (the “errors” array)

field-invalid-coordinates = Format attendu : « LAT,LNG » en degrés décimaux, latitude −90…90 et longitude −180…180, par exemple « 23.1291,113.2644 ».
field-out-of-range = Nombre entier attendu, de { $min } à { $max }.
field-invalid-number = Nombre attendu.
field-invalid-choice = « { $value } » n’est pas accepté ici. Valeurs acceptées : { $accepted }.
field-invalid-boolean = Valeur attendue : « true » ou « false ».
field-invalid-tax-refund = Valeur attendue : « true » (tout magasin proposant la détaxe) ou « instant » (détaxe immédiate en magasin).
field-invalid-time = Date et heure attendues avec décalage horaire, par exemple « 2026-12-01T19:30:00+08:00 ».
field-invalid-date = Date attendue, par exemple « 2026-12-01 ».
field-invalid-cursor = Ce curseur n’est pas valide ou a expiré ; redemandez la première page sans « cursor ».
field-too-long = { $max } caractères au maximum.
field-requires-near = Autorisé uniquement avec « near ».
field-unknown-parameter = Paramètre inconnu. Paramètres acceptés : { $accepted }.
field-invalid-json = Le corps n’est pas un JSON valide pour ce point de terminaison : { $reason }
field-required = Ce champ est obligatoire.
field-invalid-range = « from » ne doit pas être postérieur à « to ».

## Place kinds

kind-shop = Boutique
kind-mall = Centre commercial
kind-flagship_store = Magasin phare
kind-restaurant = Restaurant
kind-food_street = Rue gourmande
kind-duty_free_shop = Boutique hors taxes
kind-tax_refund_point = Comptoir de détaxe
kind-night_scene = Vue nocturne
kind-attraction = Site touristique
kind-market = Marché spécialisé
kind-transport_hub = Pôle de transport

## Payment methods

pay-foreign_card_pos = Cartes bancaires étrangères (terminal de paiement)
pay-alipay_foreign_card = Alipay avec une carte étrangère
pay-wechat_foreign_card = WeChat Pay avec une carte étrangère
pay-foreign_wallets = Portefeuilles électroniques étrangers (AlipayHK, Kakao Pay, Touch ’n Go…)
pay-unionpay = UnionPay
pay-cash = Espèces (RMB)

## Foreigner-friendliness

friendly-english_menu = Menu en anglais
friendly-picture_menu = Menu avec photos
friendly-order_without_wechat = Commande sans WeChat
friendly-halal = Halal
friendly-vegetarian = Options végétariennes
friendly-wheelchair = Accessible en fauteuil roulant
friendly-staff_languages = Le personnel parle : { $languages }

## Badges and notices

badge-open-now = Ouvert
badge-closed-now = Fermé
badge-hours-unknown = Horaires inconnus
hours-closed-day = Fermé
hours-unknown-span = inconnu
badge-foreign-card = Cartes étrangères acceptées
badge-tax-refund = Détaxe
badge-instant-refund = Détaxe immédiate
badge-duty-free = Hors taxes
badge-night = Vie nocturne
notice-verify-before-travel = À vérifier avant de partir
notice-not-yet-verified = Pas encore vérifié
notice-approximate-location = Emplacement approximatif
notice-translation-fallback = Pas encore traduit dans votre langue ; affiché en { $language }.
opens-at = Ouvre à { $time }
closes-at = Ferme à { $time }

## Driver card (shown to taxi drivers)

driver-card-title = Montrez ceci à votre chauffeur
driver-card-request = 请带我去这里 (Veuillez m’emmener ici)

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

zone-tier-world_class = Quartier commerçant de rang mondial
zone-tier-lingnan = Quartier commerçant du patrimoine lingnan
zone-tier-transport_hub = Quartier commerçant de pôle de transport

## Getting around

mode-walk = À pied
mode-metro = Métro
mode-taxi = Taxi
mode-bus = Bus
mode-ferry = Ferry
minutes = { $count ->
    [one] { $count } minute
   *[other] { $count } minutes
}
distance-m = { $meters } m
distance-km = { $km } km

## Events

event-kind-fair = Salon professionnel
event-kind-festival = Festival
event-kind-exhibition = Exposition
event-kind-sport = Sport
event-kind-holiday = Jour férié
notice-dates-unconfirmed = Dates pas encore confirmées

## Accounts, merchant listings and staff review
error-precondition-required-title = If-Match requis
error-invalid-credentials-detail = L’adresse e-mail ou le mot de passe est incorrect.
error-email-taken-detail = Un compte existe déjà avec cette adresse e-mail. Connectez-vous ou utilisez une autre adresse.
error-conflict-state-detail = Impossible tant que l’élément est à l’état « { $state } ».
error-limit-reached-detail = Vous avez atteint la limite de { $max } éléments enregistrés. Supprimez-en quelques-uns puis réessayez.
error-slug-taken-detail = L’identifiant « { $slug } » est déjà utilisé. Choisissez-en un autre.
field-password-too-short = Utilisez au moins { $min } caractères. Quelques mots sans rapport entre eux font un bon mot de passe facile à retenir.
field-password-too-common = Ce mot de passe est trop courant ou trop simple. Essayez quelques mots sans rapport entre eux.
field-password-contains-email = Le mot de passe ne doit pas contenir votre adresse e-mail.
field-invalid-email = Adresse e-mail attendue, par exemple « name@example.com ».
field-outside-guangzhou = Ce point est hors de Canton. Latitude attendue entre 22.5 et 23.95, longitude entre 112.95 et 114.05 (WGS-84).
field-invalid-opening-hours = Horaires OpenStreetMap non valides : { $reason }
field-missing-translation = Une traduction « { $locale } » est obligatoire.
field-unpublished-place = « { $place } » n’est pas un lieu publié.
field-not-on-last-stop = Le dernier arrêt n’a pas d’arrêt suivant : omettez « to_next ».
field-ends-before-start = La fin doit être postérieure au début.
field-unknown-reference = « { $value } » n’existe pas.
field-invalid-slug = Utilisez des lettres ASCII minuscules, des chiffres et « - » (100 caractères au plus).
field-invalid-url = Indiquez l’adresse d’une page web accessible à tous, commençant par https:// (2000 caractères au plus).
review-reason-incomplete = Des informations obligatoires manquent. Veuillez compléter la fiche.
review-reason-inaccurate = Certaines informations n’ont pas pu être confirmées ou semblent erronées. Veuillez les vérifier.
review-reason-duplicate = Ce lieu figure déjà dans le guide.
review-reason-not_eligible = Ce lieu ne correspond pas à un guide pour les visiteurs étrangers de Canton.
review-reason-inappropriate = La fiche contient des textes ou des images qui ne peuvent pas être publiés.
field-nul-character = Le texte ne doit pas contenir de caractère NUL (%00).
review-reason-other = Voir la note de la personne qui a examiné la fiche.

## Public place and route pages (/p/…, /r/…)
page-hours = Horaires d’ouverture
page-payments = Comment payer
page-maps = Ouvrir dans une application de cartes
page-sources = Sources
page-stops = Étapes
page-not-found = Ce lieu ou cet itinéraire n’est pas dans le guide, ou n’est plus publié.
