# Canton Guide — console web des commerçants et du personnel du tourisme. Les erreurs de champ reprennent les messages de l’API de main.ftl.

## Cadre de chaque page

console-brand = Console Canton Guide
console-skip-to-content = Aller au contenu principal
console-nav-label = Console
console-nav-sign-in = Se connecter
console-nav-sign-up = Créer un compte commerçant
console-nav-listings = Mes fiches
console-nav-staff = Accueil du personnel
console-signed-in-as = Connecté en tant que { $email }
console-sign-out = Se déconnecter
console-language = Langue
console-language-apply = Changer
console-footer = Canton Guide aide les visiteurs étrangers à se repérer à Canton.
console-role-visitor = visiteur
console-role-merchant = commerçant
console-role-curator = curateur
console-role-admin = administrateur

## Connexion

console-sign-in-title = Se connecter
console-sign-in-intro = Pour les commerçants et le personnel du tourisme de Canton Guide.
console-field-email = Adresse e-mail
console-field-password = Mot de passe
console-sign-in-submit = Se connecter
console-sign-in-failed = L’adresse e-mail ou le mot de passe est incorrect.
console-sign-in-limited = { $minutes ->
    [one] Trop de tentatives de connexion. Veuillez patienter une minute, puis réessayer.
   *[other] Trop de tentatives de connexion. Veuillez patienter { $minutes } minutes, puis réessayer.
}
console-sign-in-no-account = Nouveau sur Canton Guide ?
console-sign-in-create = Créer un compte commerçant
console-notice-signed-out = Vous êtes déconnecté.
console-notice-session-ended = Votre session a pris fin. Veuillez vous reconnecter.
console-notice-sign-in-required = Connectez-vous pour ouvrir cette page.

## Inscription

console-sign-up-title = Créer un compte commerçant
console-sign-up-intro = Inscrivez votre boutique, votre restaurant ou votre établissement pour que les visiteurs étrangers le trouvent. Les curateurs du guide vérifient chaque fiche avant sa mise en ligne.
console-field-display-name = Votre nom ou celui de votre commerce (facultatif)
console-field-password-new = Mot de passe
console-field-password-hint = Au moins { $min } caractères. Quelques mots sans rapport entre eux sont faciles à retenir et difficiles à deviner.
console-sign-up-submit = Créer le compte
console-sign-up-have-account = Déjà inscrit ?
console-sign-up-sign-in = Se connecter
console-sign-up-limited = { $minutes ->
    [one] Trop de comptes ont été créés depuis ce réseau. Veuillez réessayer dans une minute.
   *[other] Trop de comptes ont été créés depuis ce réseau. Veuillez réessayer dans { $minutes } minutes.
}
console-form-has-errors = Veuillez corriger les champs signalés ci-dessous.
console-error-email-taken = Un compte existe déjà avec cette adresse e-mail. Connectez-vous plutôt.

## Fiches du commerçant

console-listings-title = Mes fiches
console-listings-intro = Chaque fiche indique où elle en est : brouillon visible de vous seul, en attente de vérification, en ligne dans le guide, ou refusée, avec la raison donnée par le curateur.
console-listings-empty = Vous n’avez encore aucune fiche.
console-listings-older = Fiches plus anciennes
console-status-label = Statut
console-status-draft = Brouillon
console-status-pending = En attente de vérification
console-status-live = En ligne
console-status-live-pending = En ligne ; vos modifications attendent la vérification
console-status-rejected = Refusée
console-status-live-rejected = En ligne ; vos modifications ont été refusées
console-reason = Raison du curateur :
console-reason-note = Note du curateur :
console-updated = Dernière modification
console-unnamed = (pas encore de nom)

## Accueil du personnel

console-staff-title = Accueil du personnel
console-staff-intro = Vous êtes connecté en tant que { $role }.
console-staff-queue = En attente de vérification
console-staff-queue-empty = Rien n’attend de vérification.
console-staff-queue-count = { $count ->
    [one] Une soumission attend d’être vérifiée.
   *[other] { $count } soumissions attendent d’être vérifiées.
}
console-staff-queue-more = D’autres soumissions attendent ; voici les { $shown } plus anciennes.
console-staff-submitted = Soumise le

## Pages d’erreur

console-problem-code = Erreur { $status }
console-problem-home = Aller à l’accueil de la console
console-problem-not-found-title = Page introuvable
console-problem-not-found-detail = Il n’y a pas de page à cette adresse. Vérifiez le lien ou repartez de l’accueil de la console.
console-problem-forbidden-title = Accès refusé
console-problem-forbidden-detail = Cette page n’est pas ouverte à votre compte ({ $role }).
console-problem-visitor-detail = La console est destinée aux commerçants et au personnel du tourisme. Votre compte est un compte visiteur : utilisez plutôt l’application Canton Guide.
console-problem-csrf-title = Ce formulaire a expiré
console-problem-csrf-detail = Le formulaire n’a pas été envoyé depuis une page ouverte de la console, ou il est trop ancien. Revenez en arrière, rechargez la page et renvoyez-le.
console-problem-bad-request-title = La demande n’a pas été comprise
console-problem-bad-request-detail = Un élément de l’adresse ou du formulaire n’a pas été compris. Revenez en arrière et réessayez.
console-problem-bad-language-title = Langue non disponible
console-problem-bad-language-detail = « { $value } » ne fait pas partie des langues de la console. Choisissez l’une de celles-ci :
console-problem-bad-cursor-detail = Ce lien de page n’est pas valide. Repartez de la première page de vos fiches.
console-problem-too-large-detail = Le formulaire dépasse les { $max } octets acceptés par la console.
console-problem-internal-title = Un problème est survenu de notre côté
console-problem-internal-detail = La page n’a pas pu être affichée. Veuillez réessayer dans un instant.

## Formulaire de fiche (commerçant)
console-nav-new-listing = Nouvelle fiche
console-listing-new-title = Nouvelle fiche
console-listing-edit-title = Modifier la fiche
console-listing-created = Brouillon créé. Vous seul le voyez jusqu’à ce que vous le soumettiez et qu’un curateur l’approuve.
console-listing-saved = Enregistré. Le brouillon n’est toujours visible que par vous.
console-listing-saved-live = Enregistré. Vos modifications attendent la vérification ; d’ici là, la version en ligne reste dans le guide.
console-listing-submitted = Fiche soumise pour vérification. La décision apparaîtra ici.
console-listing-errors = { $count ->
    [one] La fiche n’a pas été enregistrée : un champ est à corriger.
   *[other] La fiche n’a pas été enregistrée : { $count } champs sont à corriger.
}
console-listing-stale = Cette fiche a été enregistrée dans un autre onglet ou une autre fenêtre après que vous l’avez ouverte. Vos modifications sont toujours dans le formulaire ci-dessous ; enregistrer à nouveau remplace l’autre version.
console-listing-stale-submit = Cette fiche a changé après que vous l’avez ouverte. Vérifiez la version ci-dessous, puis soumettez-la à nouveau.
console-listing-status = Où en est la fiche
console-listing-view-public = Ouvrir la page publique
console-submit = Soumettre pour vérification
console-submit-hint = Un curateur vérifie la fiche avant qu’elle n’apparaisse dans le guide.
console-save = Enregistrer
console-section-basics = L’essentiel
console-field-kind = Type de lieu
console-field-district = District
console-field-name-zh = Nom en chinois
console-field-name-zh-hint = Tel qu’il figure sur l’enseigne : les chauffeurs de taxi et les passants le lisent.
console-field-address-zh = Adresse en chinois
console-field-phone = Téléphone
console-section-location = Emplacement
console-field-map-link = Lien de partage de carte
console-field-map-link-hint = Collez un lien d’Amap, d’Apple Maps ou de Google Maps ; il remplace les coordonnées ci-dessous. Amap utilise les coordonnées chinoises GCJ-02 ; elles sont converties en WGS-84.
console-field-lat = Latitude (WGS-84)
console-field-lng = Longitude (WGS-84)
console-field-location-needed = Saisissez la latitude et la longitude, par exemple 23.1291 et 113.2644, ou collez un lien de partage de carte.
console-map-link-not-a-link = Collez une adresse web qui commence par https://.
console-map-link-unknown = Ce n’est pas un lien Amap, Apple Maps ou Google Maps.
console-map-link-short = Les liens courts ne contiennent pas de coordonnées. Ouvrez le lien dans un navigateur, puis copiez l’adresse complète depuis la barre d’adresse.
console-map-link-no-coordinates = Ce lien désigne un lieu ou une recherche, pas un point. Partagez plutôt une épingle posée sur la carte, ou saisissez les coordonnées.
console-section-hours = Horaires d’ouverture
console-field-hours = Horaires d’ouverture (syntaxe OpenStreetMap)
console-field-hours-hint = Par exemple « Mo-Fr 10:00-22:00; Sa-Su 10:00-23:00; PH off » (PH : jours fériés).
console-hours-preview = Les sept prochains jours, tels que les visiteurs les verront
console-hours-closed = Fermé
console-hours-unknown = inconnu
console-section-payments = Moyens de paiement des visiteurs
console-section-friendliness = Pour les visiteurs étrangers
console-friendly-unsaid = Non précisé
console-friendly-yes = Oui
console-friendly-no = Non
console-field-staff-languages = Langues parlées par le personnel
console-field-staff-languages-hint = Codes de langue séparés par des virgules, par exemple en, ja, yue.
console-section-refund = Détaxe
console-field-refund-store = Magasin agréé pour la détaxe au départ
console-field-refund-instant = Rembourse la taxe sur place (détaxe immédiate)
console-section-more = En savoir plus sur le lieu
console-field-night = Ouvert le soir (économie nocturne)
console-field-interests = Idéal pour
console-interest-food = Gastronomie
console-interest-shopping = Shopping
console-interest-night = Sorties
console-interest-heritage = Patrimoine
console-interest-culture = Culture
console-interest-nature = Nature
console-interest-family = Familles
console-field-tags = Mots-clés
console-field-tags-hint = Séparés par des virgules.
console-field-visit-minutes = Durée habituelle d’une visite, en minutes
console-section-texts = Textes pour les visiteurs, par langue
console-texts-hint = L’anglais est obligatoire. Ajoutez les langues dans lesquelles vous écrivez bien ; là où une langue manque, les visiteurs voient l’anglais.
console-field-name = Nom
console-field-summary = Résumé
console-field-address = Adresse

## Vérification (curateurs et administrateurs)
console-nav-review = File de vérification
console-review-title = File de vérification
console-review-intro = Soumissions des commerçants, les plus anciennes d’abord. Ouvrez-en une pour la comparer à ce qui est en ligne, puis approuvez-la ou refusez-la.
console-review-more = Autres soumissions
console-review-merchant = Commerçant :
console-review-kind-new = Nouvelle fiche
console-review-kind-edit = Modification d’une fiche en ligne
console-review-one-title = Vérifier une soumission
console-review-changes = Ce qui change
console-review-field = Champ
console-review-live = En ligne actuellement
console-review-proposed = Proposé
console-review-no-changes = Aucun champ ne diffère de la version en ligne.
console-review-empty-value = —
console-review-approve-heading = Approuver
console-review-approve-hint = La version proposée est mise en ligne immédiatement dans le guide.
console-review-approve = Approuver et publier
console-review-reject-heading = Refuser
console-review-reason = Raison
console-review-reason-choose = Choisissez une raison
console-review-note = Note pour le commerçant (facultative)
console-review-note-hint = Affichée telle que vous l’écrivez ; la raison elle-même s’affiche dans la langue du commerçant.
console-review-reject = Refuser
console-review-reject-fix = Choisissez une raison avant de refuser.
console-review-approved = Approuvée : la fiche est en ligne.
console-review-rejected = Refusée : le commerçant voit la raison dans sa langue.
console-review-gone = Quelqu’un d’autre a déjà statué sur cette soumission, ou elle a changé après que vous l’avez ouverte. Voici la file telle qu’elle est maintenant.

## Journal d’audit, comptes et itinéraires thématiques (curateurs et administrateurs)
console-nav-audit = Journal d’audit
console-audit-title = Journal d’audit
console-audit-intro = Chaque modification faite par le personnel et les commerçants, la plus récente d’abord, avec l’état avant et après. Heures de Canton.
console-audit-filters = Filtres
console-audit-actor = Qui (identifiant du compte)
console-audit-action = Action
console-audit-action-hint = Exacte, ou le début suivi d’un point, par exemple route.
console-audit-target-type = Type d’objet (place, route, event, alert, user)
console-audit-target-id = Identifiant de l’objet
console-audit-since = Depuis
console-audit-until = Jusqu’à (non inclus)
console-audit-time-hint = Date et heure avec leur décalage, par exemple 2026-12-01T09:00:00+08:00.
console-audit-apply = Appliquer les filtres
console-audit-clear = Effacer les filtres
console-audit-fix = Certains filtres n’ont pas pu être lus ; voyez les messages à côté.
console-audit-empty = Aucune entrée ne correspond à ces filtres.
console-audit-time = Heure
console-audit-who = Qui
console-audit-action-column = Action
console-audit-target = Objet
console-audit-show-change = Avant et après
console-audit-before = Avant
console-audit-after = Après
console-audit-older = Entrées plus anciennes
console-nav-users = Comptes
console-users-title = Comptes et rôles
console-users-intro = Trouvez un compte par son adresse e-mail, puis changez son rôle. Le changement s’applique dès la prochaine requête du compte.
console-users-email = Adresse e-mail
console-users-find = Chercher
console-users-none = Aucun compte n’a cette adresse e-mail.
console-users-since = Compte créé le
console-users-role = Rôle
console-users-change = Changer le rôle
console-users-changed = Rôle changé. Il s’applique dès la prochaine requête du compte.
console-users-fix = Le rôle n’a pas été changé ; voyez le message à côté.
console-nav-routes = Itinéraires
console-routes-title = Itinéraires thématiques
console-routes-intro = Promenades et excursions d’une journée pour les visiteurs, brouillons compris. Un itinéraire apparaît dans le guide une fois publié.
console-routes-new = Nouvel itinéraire
console-routes-empty = Aucun itinéraire pour l’instant.
console-routes-stops = { $count ->
    [one] Une étape
   *[other] { $count } étapes
}
console-routes-updated = Dernière modification
console-route-new-title = Nouvel itinéraire
console-route-edit-title = Modifier l’itinéraire
console-route-slug = Nom court pour l’adresse (slug)
console-route-slug-hint = Lettres minuscules, chiffres et tirets, par exemple lingnan-heritage-walk.
console-route-theme = Thème
console-route-stops = Étapes, dans l’ordre de la visite
console-route-stops-hint = De 2 à 30 lieux en ligne dans le guide. Ajouter, déplacer ou retirer une étape ne modifie que ce formulaire : cliquez sur Enregistrer pour le garder.
console-route-no-stops = Aucune étape pour l’instant.
console-route-stop = Étape { $number }
console-route-dwell = Minutes sur place
console-route-leg-mode = Puis vers l’étape suivante en
console-route-leg-minutes = Minutes jusqu’à l’étape suivante
console-route-up = Monter
console-route-down = Descendre
console-route-remove = Retirer
console-route-add-place = Lieu à ajouter
console-route-add-place-hint = Le nom court (slug) ou l’identifiant du lieu, par exemple canton-tower.
console-route-add = Ajouter l’étape
console-route-sources = Sources
console-route-sources-hint = Une adresse web par ligne : les pages sur lesquelles l’itinéraire s’appuie.
console-route-unsaved = Pas encore enregistré : cliquez sur Enregistrer pour garder ces modifications.
console-route-errors = { $count ->
    [one] L’itinéraire n’a pas été enregistré : un champ est à corriger.
   *[other] L’itinéraire n’a pas été enregistré : { $count } champs sont à corriger.
}
console-route-created = Itinéraire créé comme brouillon. Publiez-le quand il sera prêt.
console-route-saved = Itinéraire enregistré.
console-route-published = Publié : l’itinéraire est dans le guide.
console-route-unpublished = Retiré : l’itinéraire est de nouveau un brouillon.
console-route-publish = Publier
console-route-publish-hint = Les visiteurs voient aussitôt l’itinéraire dans le guide.
console-route-unpublish = Retirer du guide
console-route-unpublish-hint = L’itinéraire quitte le guide et redevient un brouillon.

## Événements et alertes (curateurs et administrateurs)
console-nav-events = Événements
console-nav-alerts = Alertes
console-field-zones = Quartiers commerçants
console-confidence-confirmed = Confirmées : annoncées par l’organisateur
console-confidence-inferred = Prévues : d’après les années précédentes, pas encore annoncées
console-confidence-uncertain = Incertaines : les visiteurs sont invités à vérifier
console-events-title = Événements
console-events-intro = Salons, fêtes, expositions et jours fériés, brouillons compris. Un événement apparaît dans le guide une fois publié.
console-events-new = Nouvel événement
console-events-empty = Aucun événement pour l’instant.
console-event-new-title = Nouvel événement
console-event-edit-title = Modifier l’événement
console-event-slug-hint = Lettres minuscules, chiffres et tirets, par exemple canton-fair-spring.
console-event-kind = Type d’événement
console-event-dates = Dates
console-event-starts-on = Premier jour
console-event-ends-on = Dernier jour
console-event-dates-hint = Jours à Guangzhou ; le dernier jour est inclus. Pour un événement d’un jour, indiquez deux fois le même jour.
console-event-confidence = Les dates sont-elles sûres ?
console-event-where = Où
console-event-place = Lieu (facultatif)
console-event-place-hint = Le nom court (slug) ou l’identifiant d’un lieu en ligne dans le guide, par exemple canton-tower. Laissez vide pour un événement dans toute la ville.
console-event-sources-hint = Une adresse web par ligne : les pages d’où viennent les dates.
console-event-errors = { $count ->
    [one] L’événement n’a pas été enregistré : un champ demande votre attention.
   *[other] L’événement n’a pas été enregistré : { $count } champs demandent votre attention.
}
console-event-created = Événement créé comme brouillon. Publiez-le quand il est prêt.
console-event-saved = Événement enregistré.
console-event-published = Publié : l’événement est dans le guide.
console-event-unpublished = Retiré : l’événement redevient un brouillon.
console-event-publish-hint = Les visiteurs voient l’événement dans le guide aussitôt.
console-event-unpublish-hint = L’événement quitte le guide et redevient un brouillon.
console-severity-info = Information
console-severity-warning = Avertissement
console-severity-severe = Grave
console-alerts-title = Alertes
console-alerts-intro = Alertes pour les visiteurs (typhons, orages, fermetures), brouillons et alertes passées compris. Une alerte publiée est affichée dans le guide pendant sa période de validité.
console-alerts-new = Nouvelle alerte
console-alerts-empty = Aucune alerte pour l’instant.
console-alerts-in-force = En vigueur
console-alerts-upcoming = Pas encore en vigueur
console-alerts-over = Terminée
console-alert-new-title = Nouvelle alerte
console-alert-edit-title = Modifier l’alerte
console-alert-severity = Gravité
console-alert-severity-hint = Information : bon à savoir. Avertissement : à prendre en compte. Grave : agir tout de suite (signal de typhon, sécurité).
console-alert-starts-at = Du
console-alert-ends-at = Jusqu’au
console-alert-window-hint = Heure de Guangzhou (UTC+8). L’alerte est affichée de la première heure à la seconde.
console-alert-time-invalid = Une date et une heure sont attendues, par exemple 2026-12-01 19:30 (heure de Guangzhou).
console-alert-area = Où elle s’applique
console-alert-area-hint = Cochez les quartiers commerçants et les itinéraires concernés ; ne cochez rien pour toute la ville.
console-alert-title-field = Titre
console-alert-body = Détails
console-alert-errors = { $count ->
    [one] L’alerte n’a pas été enregistrée : un champ demande votre attention.
   *[other] L’alerte n’a pas été enregistrée : { $count } champs demandent votre attention.
}
console-alert-created = Alerte créée comme brouillon. Publiez-la pour l’afficher.
console-alert-saved = Alerte enregistrée.
console-alert-published = Publiée : l’alerte est affichée tant qu’elle est en vigueur.
console-alert-unpublished = Retirée : l’alerte redevient un brouillon.
console-alert-publish-hint = Les visiteurs voient l’alerte pendant sa période de validité.
console-alert-unpublish-hint = L’alerte n’est plus affichée et redevient un brouillon.
